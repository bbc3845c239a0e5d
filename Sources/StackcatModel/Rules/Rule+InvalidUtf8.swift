extension Rule {
    public static let invalidUtf8 = Rule(
        id: "invalid-utf8", severity: .error, topic: .yaml,
        summary: "Catalog files must be UTF-8.",
        triggering: .init(
            "tools/argo-cd.yaml",
            .bytes(
                Array(
                    """
                    name: Argo CD
                    category: cd
                    summary: Declarative GitOps continuous delivery for Kubernetes.
                    homepage: https://argo-cd.readthedocs.io/
                    license: Apache-2.0
                    hosting: self-hosted
                    lifecycle: active
                    sources: [https://argo-cd.readthedocs.io/]
                    """.utf8) + Array("\nvendor: Argo Project ".utf8) + [0xA9])),
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
            vendor: Argo Project ©
            """)
    )
}
