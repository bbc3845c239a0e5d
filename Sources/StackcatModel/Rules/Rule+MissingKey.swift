/// Checked by `MappingReader.string` and `MappingReader.list` (the loader), as a mapping is read.
extension Rule {
    public static let missingKey = Rule(
        id: "missing-key", severity: .error, topic: .values,
        summary: "A required key is missing.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing(
            "category: cd\n",
            with: """
                category: cd
                summary: Declarative GitOps continuous delivery for Kubernetes.

                """)
    )
}

extension Diagnostics {
    static package func missingKey(_ key: String, in what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingKey, "\(what) has no '\(key)'", at: location,
            notes: [.init("add '\(key):'")])
    }
}
