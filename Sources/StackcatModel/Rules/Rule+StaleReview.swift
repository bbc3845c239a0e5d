extension Rule {
    public static let staleReview = Rule(
        id: "stale-review", severity: .warning, topic: .consistency,
        summary: "With validate --max-age, every stack component, and every tool and stack that states a review date, was reviewed within that many days.",
        triggering: .init(
            "stacks/guestbook.yaml",
            """
            name: Kubernetes guestbook tutorial
            summary: A PHP guestbook with a Redis leader and followers, deployed on Kubernetes.
            as_of: 2026-01-01
            sources: [https://kubernetes.io/docs/tutorials/stateless-application/guestbook/]
            components:
              - tool: kubernetes
                ring: adopt
                reviewed: 2024-03-01
            """, maxAge: 365),
        fix: .replacing("    reviewed: 2024-03-01", with: "    reviewed: 2025-09-01")
    )
}
