/// Checked by `LoadState.checkFileID`, `LoadState.vocabulary` and `LoadState.component` (the loader).
extension Rule {
    public static let invalidId = Rule(
        id: "invalid-id", severity: .error, topic: .consistency,
        summary: "Ids are lower-case kebab-case, at most 64 characters.",
        triggering: .init(
            "tools/Argo_CD.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        passing: .init(
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
            """)
    )
}

extension Diagnostics {
    static package func invalidID(_ id: String, at location: SourceLocation) -> Diagnostic {
        let reason: String
        if id.count > 64 {
            reason = "it is \(id.count) characters long; the limit is 64"
        } else {
            reason = "an id is lower-case letters and digits in words joined by single hyphens"
        }
        let fixed = suggestedID(for: id)
        var notes: [Diagnostic.Note] = [.init(reason)]
        if let fixed, fixed != id { notes.append(.init("for example '\(fixed)'")) }
        return Diagnostic(.invalidId, "'\(id)' is not a valid id", at: location, notes: notes)
    }

    static package func invalidFileName(_ name: String, at location: SourceLocation) -> Diagnostic {
        let ext = fileExtension(location)
        var notes: [Diagnostic.Note] = [.init("the file name is the id: lower-case kebab-case, at most 64 characters, then .yaml or .yml")]
        if let fixed = suggestedID(for: name) { notes.append(.init("rename it to '\(fixed)\(ext)'")) }
        return Diagnostic(.invalidId, "file name '\(name)\(ext)' does not make a valid id", at: location, notes: notes)
    }
}
