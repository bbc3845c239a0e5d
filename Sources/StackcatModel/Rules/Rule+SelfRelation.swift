extension Rule {
    public static let selfRelation = Rule(
        id: "self-relation", severity: .error, topic: .consistency,
        summary: "Nothing relates to itself.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            relations:
              - type: deploys-to
                target: argo-cd
            """),
        fix: .replacing("    target: argo-cd", with: "    target: kubernetes")
    )
}

extension Diagnostics {
    static package func selfRelation(_ id: String, type: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.selfRelation, "'\(id)' cannot have a '\(type)' relation to itself", at: location)
    }
}

extension CatalogRules {
    /// Per tool: no relation targets the tool itself.
    static package func selfRelation(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        for relation in tool.relations where relation.target.value == tool.id {
            findings.diagnostics.append(
                Diagnostics.selfRelation(tool.id, type: relation.type.value, at: SourceLocation(path: tool.path, span: relation.target.span)))
        }
    }

    /// Catalog-wide: no flow of a stack goes from a component to itself.
    static package func selfRelation(in catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for stack in catalog.stacks where !stack.flows.isEmpty {
            let ids = Set(stack.components.map(\.id))
            for flow in stack.flows where flow.from.value == flow.to.value && ids.contains(flow.from.value) {
                found.append(Diagnostics.selfRelation(flow.from.value, type: "flow", at: SourceLocation(path: stack.path, span: flow.to.span)))
            }
        }
        return found
    }
}
