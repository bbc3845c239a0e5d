extension Rule {
    public static let lifecycleInAdopt = Rule(
        id: "lifecycle-in-adopt", severity: .warning, topic: .consistency,
        summary: "A stack does not adopt a tool that was already superseded or archived on its date.",
        triggering: .init(
            "tools/kubernetes.yaml",
            """
            name: Kubernetes
            category: orchestration
            summary: Open-source system for automating deployment, scaling and management of containerised applications.
            homepage: https://kubernetes.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: archived
            lifecycle_since: 2025-06-01
            sources: [https://kubernetes.io/docs/concepts/overview/]
            """),
        fix: .replacing("lifecycle_since: 2025-06-01\n", with: "lifecycle_since: 2026-06-01\n")
    )
}

extension Diagnostics {
    static package func lifecycleInAdopt(
        _ tool: String, lifecycle: String, since: String, stack: String, asOf: String,
        at location: SourceLocation, change: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .lifecycleInAdopt, "stack '\(stack)' (as of \(asOf)) adopts '\(tool)', which was \(lifecycle) on \(since)",
            at: location, notes: [.init("'\(tool)' became \(lifecycle) here; use its successor, or another ring", at: change)])
    }
}

extension CatalogRules {
    /// Catalog-wide: `lifecycle_since` dates a tool's change to superseded, archived or deprecated; a
    /// stack dated after that change does not hold the tool in its adopt ring. Dates are YYYY-MM-DD, so
    /// they compare as text.
    static package func lifecycleInAdopt(in catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for stack in catalog.stacks {
            guard let asOf = stack.asOf else { continue }
            for component in stack.components where component.ring == .adopt {
                guard let id = component.tool, let tool = catalog.tool(id.value), tool.lifecycle.value != .active,
                    let since = tool.lifecycleSince, since.value < asOf
                else { continue }
                found.append(
                    Diagnostics.lifecycleInAdopt(
                        tool.id, lifecycle: tool.lifecycle.value.rawValue, since: since.value, stack: stack.id, asOf: asOf,
                        at: SourceLocation(path: stack.path, span: id.span), change: SourceLocation(path: tool.path, span: since.span)))
            }
        }
        return found
    }
}
