/// Checked by `LoadState.component` (the loader), as a stack is read.
extension Rule {
    public static let invalidComponent = Rule(
        id: "invalid-component", severity: .error, topic: .values,
        summary: "A stack component is either a catalog tool or an in-house part.",
        triggering: .init(
            "stacks/platform.yaml",
            """
            name: Platform
            summary: The clusters that run our services.
            sources: [https://kubernetes.io/docs/concepts/overview/]
            components:
              - tool: kubernetes
                id: cluster
                name: Cluster
                ring: adopt
            """),
        fix: .replacing(
            """
                id: cluster
                name: Cluster

            """, with: "")
    )
}

extension Diagnostics {
    static package func componentKind(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidComponent, "a component has either 'tool' (a catalog tool) or 'id' and 'name' (an in-house part)",
            at: location)
    }
}
