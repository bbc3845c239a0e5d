/// Checked by `LoadState.load` (the loader; `BackstageImporter.read` for import backstage).
extension Rule {
    public static let emptyFile = Rule(
        id: "empty-file", severity: .error, topic: .files,
        summary: "The file holds no document.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            # Argo CD: to be written
            """),
        passing: .init(
            "tools/argo-cd.yaml",
            """
            # Argo CD
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
    static package func emptyDocument(at location: SourceLocation, expected: String) -> Diagnostic {
        Diagnostic(.emptyFile, "the file is empty; expected \(expected)", at: location)
    }
}
