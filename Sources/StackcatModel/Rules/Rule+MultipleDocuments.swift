/// Checked by `ReaderSession.handle` (the YAML reader).
extension Rule {
    public static let multipleDocuments = Rule(
        id: "multiple-documents", severity: .error, topic: .yaml,
        summary: "A catalog file holds exactly one YAML document.",
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
            ---
            name: Argo Rollouts
            """),
        fix: .replacing(
            """
            sources: [https://argo-cd.readthedocs.io/]
            ---
            name: Argo Rollouts
            """, with: "sources: [https://argo-cd.readthedocs.io/]")
    )
}

extension Diagnostics {
    static package func multipleDocuments(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .multipleDocuments, "a catalog file holds one YAML document; this starts a second one",
            at: location, notes: [.init("remove the '---' line and what follows, or move it into a file of its own")])
    }
}
