/// Checked by `MappingReader.oneLine` (the loader), as values are read.
extension Rule {
    public static let singleLine = Rule(
        id: "single-line", severity: .error, topic: .values,
        summary:
            "Names, labels, ids, URLs and the other one-line values hold no line break; names and labels are at most 200 characters, other one-line values 2,048.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: "Argo CD\\n# Injected heading"
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("name: \"Argo CD\\n# Injected heading\"\n", with: "name: Argo CD\n")
    )
}

extension Diagnostics {
    static package func notOneLine(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .singleLine, "'\(key)' must be a single line", at: location,
            notes: [.init("write it on one line; longer text goes under 'description'")])
    }

    static package func lineTooLong(_ key: String, length: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .singleLine, "'\(key)' is \(length) characters long; the limit is \(limit)", at: location,
            notes: [.init("shorten it; longer text goes under 'description'")])
    }
}
