extension Rule {
    public static let missingSources = Rule(
        id: "missing-sources", severity: .warning, topic: .consistency,
        summary: "Every entry cites its sources.",
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
            """),
        fix: .replacing(
            "lifecycle: active",
            with: """
                lifecycle: active
                sources: [https://argo-cd.readthedocs.io/]
                """)
    )
}

extension Diagnostics {
    static package func missingSources(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingSources, "'\(id)' cites no sources", at: location,
            notes: [.init("add 'sources:' with the public pages its facts come from")])
    }
}
