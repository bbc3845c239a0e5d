/// Checked by `MappingReader.choice` and `LoadState.relationType` (the loader), as values are read.
extension Rule {
    public static let invalidValue = Rule(
        id: "invalid-value", severity: .error, topic: .values,
        summary: "The value is not one of the accepted values.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: on-premises
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("hosting: on-premises\n", with: "hosting: self-hosted\n")
    )
}

extension Diagnostics {
    static package func invalidChoice(_ key: String, _ value: String, allowed: [String], at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let s = Suggestions.closest(to: value, among: allowed) { notes.append(.init("did you mean '\(s)'?", at: location)) }
        notes.append(.init("'\(key)' is one of: \(allowed.joined(separator: ", "))"))
        return Diagnostic(
            .invalidValue, "'\(value)' is not a valid \(key)", at: location, notes: notes,
            replacement: Suggestions.closest(to: value, among: allowed))
    }

    static package func invalidColor(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidValue, "'\(value)' is not a colour written #rrggbb", at: location)
    }

    static package func invalidLicense(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidValue, "'\(value)' is not an SPDX licence identifier", at: location,
            notes: [.init("write an SPDX identifier such as Apache-2.0 or MIT, an SPDX expression, or Proprietary")])
    }
}
