/// Checked by `LoadState.summary` (the loader).
extension Rule {
    public static let summaryFormat = Rule(
        id: "summary-format", severity: .error, topic: .values,
        summary: "A summary is one line of at most 160 characters.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: "Declarative GitOps continuous delivery for Kubernetes.\\nSyncs clusters from Git."
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
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

extension Diagnostics {
    static package func summaryMultiline(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .summaryFormat, "'summary' must be a single line", at: location,
            notes: [.init("put longer text under 'description'")])
    }

    static package func summaryTooLong(_ length: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .summaryFormat, "'summary' is \(length) characters long; the limit is \(limit)",
            at: location, notes: [.init("shorten it, and put longer text under 'description'")])
    }
}
