extension Rule {
    public static let duplicateRelation = Rule(
        id: "duplicate-relation", severity: .error, topic: .consistency,
        summary: "A relation is declared once.",
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
                target: kubernetes
              - type: deploys-to
                target: kubernetes
            """),
        fix: .replacing(
            """
                target: kubernetes
              - type: deploys-to

            """, with: "")
    )
}
