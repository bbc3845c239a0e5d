/// Checked by `MappingReader.checkURL` and `MappingReader.sourceList` (the loader), as values are read.
extension Rule {
    public static let invalidUrl = Rule(
        id: "invalid-url", severity: .error, topic: .values,
        summary: "The value must be an absolute http(s) URL.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: argo-cd.readthedocs.io
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("homepage: argo-cd.readthedocs.io\n", with: "homepage: https://argo-cd.readthedocs.io/\n")
    )
}

extension Diagnostics {
    static package func invalidURL(_ key: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUrl, "'\(value)' is not an http(s) URL", at: location,
            notes: [.init("'\(key)' takes an absolute URL starting with https:// or http://")])
    }

    static package func invalidSource(_ key: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUrl, "'\(value)' in '\(key)' is neither an http(s) URL nor a path inside the repository", at: location,
            notes: [.init("an in-house tool cites http(s) pages, internal ones too, or relative paths such as docs/adr/0001.md")])
    }
}
