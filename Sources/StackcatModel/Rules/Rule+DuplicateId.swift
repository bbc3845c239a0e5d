extension Rule {
    public static let duplicateId = Rule(
        id: "duplicate-id", severity: .error, topic: .consistency,
        summary: "Ids are unique.",
        triggering: .init(
            "stacks/platform.yaml",
            """
            name: Platform
            summary: The clusters that run our services.
            sources: [https://kubernetes.io/docs/concepts/overview/]
            components:
              - tool: kubernetes
                ring: adopt
              - id: kubernetes
                name: Cluster configuration
                ring: adopt
            """),
        fix: .replacing("  - id: kubernetes\n", with: "  - id: cluster-config\n")
    )
}
