/// Checked by `MappingReader.stringList` (the loader), as a list is read.
extension Rule {
    public static let duplicateValue = Rule(
        id: "duplicate-value", severity: .warning, topic: .values,
        summary: "A list holds the same value twice.",
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
            tags: [gitops, gitops]
            """),
        fix: .replacing("tags: [gitops, gitops]", with: "tags: [gitops, kubernetes]")
    )
}

extension Diagnostics {
    static package func duplicateValue(_ key: String, _ value: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateValue, "'\(value)' is listed twice in '\(key)'", at: location,
            notes: [.init("first listed here", at: first)])
    }
}
