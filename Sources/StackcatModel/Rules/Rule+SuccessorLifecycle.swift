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
