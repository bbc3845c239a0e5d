extension Rule {
    public static let invalidValue = Rule(
        id: "invalid-value", severity: .error, topic: .values,
        summary: "The value is not one of the accepted values.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: on-premises
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("hosting: on-premises\n", with: "hosting: self-hosted\n")
    )
}
