extension Rule {
    public static let ambiguousAlias = Rule(
        id: "ambiguous-alias", severity: .warning, topic: .consistency,
        summary: "An alias belongs to one tool only.",
        triggering: .init(
            "tools/k3s.yaml",
            """
            name: K3s
            category: orchestration
            summary: Lightweight certified Kubernetes distribution.
            homepage: https://k3s.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            aliases: [kube]
            sources: [https://k3s.io/]
            """),
        fix: .replacing("aliases: [kube]\n", with: "aliases: [k3s-io]\n")
    )
}

extension Diagnostics {
    static package func aliasClash(_ alias: String, owner: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .ambiguousAlias, "alias '\(alias)' is also the id or an alias of '\(owner)'",
            at: location, notes: [.init("searches for '\(alias)' cannot tell the two apart; remove one")])
    }
}

extension CatalogRules {
    /// Per tool: none of its aliases is another tool's id or alias.
    static package func ambiguousAlias(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        for alias in tool.aliases {
            let here = SourceLocation(path: tool.path, span: alias.span)
            if alias.value != tool.id && scope.hasToolID(alias.value) {
                findings.diagnostics.append(Diagnostics.aliasClash(alias.value, owner: alias.value, at: here))
            } else if let owner = scope.key.aliasOwners[alias.value], owner != tool.id {
                findings.diagnostics.append(Diagnostics.aliasClash(alias.value, owner: owner, at: here))
            }
        }
    }
}
