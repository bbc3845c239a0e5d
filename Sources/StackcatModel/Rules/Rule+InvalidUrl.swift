extension Rule {
    public static let invalidUrl = Rule(
        id: "invalid-url", severity: .error, topic: .values,
        summary: "The value must be an absolute http(s) URL.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: argo-cd.readthedocs.io
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("homepage: argo-cd.readthedocs.io\n", with: "homepage: https://argo-cd.readthedocs.io/\n")
    )
}
