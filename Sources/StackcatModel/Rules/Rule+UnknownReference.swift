extension Rule {
    public static let unknownReference = Rule(
        id: "unknown-reference", severity: .error, topic: .consistency,
        summary: "Every reference resolves to an id.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: continuous-delivery
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("category: continuous-delivery\n", with: "category: cd\n")
    )
}
