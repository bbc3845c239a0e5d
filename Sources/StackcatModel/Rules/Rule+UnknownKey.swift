/// Checked by `MappingReader.location` (the loader), as a mapping is read.
extension Rule {
    public static let unknownKey = Rule(
        id: "unknown-key", severity: .error, topic: .values,
        summary: "The key is not part of the format.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage_url: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("homepage_url: https://argo-cd.readthedocs.io/\n", with: "homepage: https://argo-cd.readthedocs.io/\n")
    )
}

extension Diagnostics {
    static package func unknownKey(_ key: String, at location: SourceLocation, suggestion: String?, allowed: [String]) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let suggestion {
            notes.append(.init("did you mean '\(suggestion)'?", at: location))
        } else {
            notes.append(.init("known keys: \(allowed.joined(separator: ", "))"))
        }
        return Diagnostic(.unknownKey, "unknown key '\(key)'", at: location, notes: notes, replacement: suggestion)
    }
}
