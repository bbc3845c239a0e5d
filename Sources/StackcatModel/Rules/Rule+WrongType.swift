extension Rule {
    public static let wrongType = Rule(
        id: "wrong-type", severity: .error, topic: .values,
        summary: "The value has the wrong type.",
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
            tags: gitops, kubernetes
            """),
        fix: .replacing("tags: gitops, kubernetes", with: "tags: [gitops, kubernetes]")
    )
}
