extension Rule {
    public static let successorLifecycle = Rule(
        id: "successor-lifecycle", severity: .warning, topic: .consistency,
        summary: "A tool that names a successor has the lifecycle 'superseded'.",
        triggering: .init(
            "tools/fleet.yaml",
            """
            name: fleet
            category: orchestration
            summary: Distributed init system for CoreOS clusters, superseded by Kubernetes.
            homepage: https://github.com/coreos/fleet
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: deprecated
            sources: [https://github.com/coreos/fleet]
            relations:
              - type: superseded-by
                target: kubernetes
            """),
        fix: .replacing("lifecycle: deprecated\n", with: "lifecycle: superseded\n")
    )
}

extension Diagnostics {
    static package func successorButNotSuperseded(_ id: String, lifecycle: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .successorLifecycle, "'\(id)' names a successor but its lifecycle is '\(lifecycle)'", at: location,
            notes: [.init("set 'lifecycle: superseded'")])
    }
}

extension CatalogRules {
    /// Per tool: a tool that names a successor is superseded or archived.
    static package func successorLifecycle(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        let lifecycle = tool.lifecycle
        if lifecycle.value != .superseded && lifecycle.value != .archived && tool.relations.contains(where: { $0.type.value == "superseded-by" }) {
            findings.diagnostics.append(
                Diagnostics.successorButNotSuperseded(tool.id, lifecycle: lifecycle.value.rawValue, at: SourceLocation(path: tool.path, span: lifecycle.span)))
        }
    }
}
