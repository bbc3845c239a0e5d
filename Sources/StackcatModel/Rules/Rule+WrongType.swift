/// Checked by `MappingReader.stringValue`, `MappingReader.list` and the other readers of `MappingReader` and `LoadState` (the loader), and `YAMLTags.problem` (the YAML reader).
extension Rule {
    public static let wrongType = Rule(
        id: "wrong-type", severity: .error, topic: .values,
        summary: "The value has the wrong type.",
        triggering: .init(
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
            tags: gitops, kubernetes
            """),
        fix: .replacing("tags: gitops, kubernetes", with: "tags: [gitops, kubernetes]")
    )
}

extension Diagnostics {
    static package func keyNotString(found: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "a key must be a string, found \(found)", at: location)
    }

    static package func wrongType(
        _ key: String, expected: String, found: String, at location: SourceLocation,
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .wrongType, "'\(key)' must be \(expected), found \(found)", at: location,
            notes: hint.map { [.init($0)] } ?? [])
    }

    static package func invalidYear(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "'since' must be a year such as 2015, found '\(text)'", at: location)
    }

    /// `problem` is `CalendarDate.problem(iso:)`'s: "must be a date written YYYY-MM-DD", or "is not a
    /// date in the calendar: February 2026 has 28 days".
    static package func invalidDate(_ key: String, _ text: String, problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "'\(key)' \(problem), found '\(text)'", at: location)
    }

    static package func tagDoesNotFit(_ tag: String, value: String, expected: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .wrongType, "the tag \(tag) is wrong: '\(value)' is not \(expected)", at: location,
            notes: [.init("remove '\(tag)'")])
    }

    static package func badMergeValue(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "a merge key '<<' takes a mapping or a list of mappings", at: location)
    }
}
