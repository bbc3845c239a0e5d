extension Rule {
    public static let missingSuccessor = Rule(
        id: "missing-successor", severity: .error, topic: .consistency,
        summary: "A superseded tool names its successor.",
        triggering: .init(
            "tools/fleet.yaml",
            """
            name: fleet
            category: orchestration
            summary: Distributed init system for CoreOS clusters, superseded by Kubernetes.
            homepage: https://github.com/coreos/fleet
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: superseded
            sources: [https://github.com/coreos/fleet]
            """),
        fix: .replacing(
            "sources: [https://github.com/coreos/fleet]",
            with: """
                sources: [https://github.com/coreos/fleet]
                relations:
                  - type: superseded-by
                    target: kubernetes
                """)
    )
}

extension Diagnostics {
    static package func supersededWithoutSuccessor(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingSuccessor, "'\(id)' is superseded but names no successor", at: location,
            notes: [.init("add a relation '- type: superseded-by' with the successor as its target")])
    }
}

extension CatalogRules {
    /// Per tool: a superseded tool has a `superseded-by` relation.
    static package func missingSuccessor(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        if tool.lifecycle.value == .superseded && !tool.relations.contains(where: { $0.type.value == "superseded-by" }) {
            findings.diagnostics.append(Diagnostics.supersededWithoutSuccessor(tool.id, at: SourceLocation(path: tool.path, span: tool.lifecycle.span)))
        }
    }
}
