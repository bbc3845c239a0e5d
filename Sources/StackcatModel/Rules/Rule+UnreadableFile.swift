extension Rule {
    public static let unreadableFile = Rule(
        id: "unreadable-file", severity: .error, topic: .files,
        summary: "The file could not be read.",
        triggering: .init("tools/argo-cd.yaml", .directory),
        passing: .init(
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
            """)
    )
}
