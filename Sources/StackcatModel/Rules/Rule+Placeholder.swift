extension Rule {
    public static let placeholder = Rule(
        id: "placeholder", severity: .warning, topic: .consistency,
        summary: "No stand-in that 'stackcat new' wrote (a '# replace:' line, a search as homepage, a summary made of the name) is left.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing(
            """
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            """, with: "summary: Declarative GitOps continuous delivery for Kubernetes.")
    )
}

extension Diagnostics {
    /// A value under a `# replace:` line: `instead` is what the line says to write.
    static package func placeholderMarked(_ key: String, instead: String, at location: SourceLocation) -> Diagnostic {
        let what = instead.isEmpty ? "" : ": " + instead
        return Diagnostic(
            .placeholder, "'\(key)' is a stand-in that 'stackcat new' wrote; replace it\(what)", at: location,
            notes: [.init("write the real value, then delete the '\(Placeholder.marker)' line above it")])
    }

    /// A stand-in value of `new` left without its marker.
    static package func placeholderValue(_ key: String, value: String, instead: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .placeholder, "'\(key)' is still the stand-in that 'stackcat new' wrote: \(value)", at: location,
            notes: [.init(instead)])
    }
}
