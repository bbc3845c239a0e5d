extension Rule {
    public static let unknownReference = Rule(
        id: "unknown-reference", severity: .error, topic: .consistency,
        summary: "Every reference resolves to an id.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: continuous-delivery
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("category: continuous-delivery\n", with: "category: cd\n")
    )
}

extension Diagnostics {
    /// A reference that resolves to nothing, such as an unknown relation target.
    static package func unknownReference(
        _ what: String, _ id: String, at location: SourceLocation,
        suggestion: String?, aliasOf: String? = nil
    ) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let aliasOf {
            notes.append(.init("'\(id)' is an alias of '\(aliasOf)'; references use ids: write '\(aliasOf)'", at: location))
        } else if let suggestion {
            notes.append(.init("did you mean '\(suggestion)'?", at: location))
        }
        return Diagnostic(
            .unknownReference, "unknown \(what) '\(id)'", at: location, notes: notes,
            replacement: aliasOf ?? suggestion)
    }
}
