/// Checked by `ReaderSession.handle` (the YAML reader).
extension Rule {
    public static let unknownAlias = Rule(
        id: "unknown-alias", severity: .error, topic: .yaml,
        summary: "An alias must name an anchor defined before it.",
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
            tags: [*gitops]
            """),
        fix: .replacing("tags: [*gitops]", with: "tags: [gitops]")
    )
}

extension Diagnostics {
    static package func unknownAlias(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownAlias, "alias '*\(name)' names no anchor defined before it", at: location)
    }
}
