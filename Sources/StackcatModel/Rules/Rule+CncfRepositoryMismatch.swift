extension Rule {
    public static let cncfRepositoryMismatch = Rule(
        id: "cncf-repository-mismatch", severity: .warning, topic: .consistency,
        summary: "Entries that share a repository agree on CNCF status.",
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
            repo: https://github.com/kubernetes/kubernetes
            cncf: incubating
            """),
        fix: .replacing("repo: https://github.com/kubernetes/kubernetes\n", with: "repo: https://github.com/argoproj/argo-cd\n")
    )
}
