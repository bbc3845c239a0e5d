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
