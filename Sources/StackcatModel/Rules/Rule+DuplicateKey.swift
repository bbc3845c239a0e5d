/// Checked by `ReaderSession.buildMapping` (the YAML reader).
extension Rule {
    public static let duplicateKey = Rule(
        id: "duplicate-key", severity: .error, topic: .yaml,
        summary: "A key may appear only once in a mapping.",
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
            homepage: https://argoproj.github.io/cd/
            """),
        fix: .replacing("homepage: https://argoproj.github.io/cd/", with: "repo: https://github.com/argoproj/argo-cd")
    )
}

extension Diagnostics {
    static package func duplicateKey(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateKey, "duplicate key '\(key)'", at: location,
            notes: [.init("'\(key)' is first defined here", at: first)])
    }
}
