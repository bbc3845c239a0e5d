/// Checked by `MappingReader.stringValue` and `MappingReader.list` (the loader), as values are read.
extension Rule {
    public static let emptyValue = Rule(
        id: "empty-value", severity: .error, topic: .values,
        summary: "The value is empty.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: ""
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("summary: \"\"\n", with: "summary: Declarative GitOps continuous delivery for Kubernetes.\n")
    )
}

extension Diagnostics {
    static package func emptyValue(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .emptyValue, "'\(key)' is empty", at: location,
            notes: [.init("give it a value, or remove the key if it is optional")])
    }
}
