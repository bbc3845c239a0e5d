/// Checked by `LoadState.load` (the loader, through `ContactCheck`), as a team is read.
extension Rule {
    public static let invalidContact = Rule(
        id: "invalid-contact", severity: .error, topic: .values,
        summary: "A team contact is an email address or an http(s) URL.",
        triggering: .init(
            "teams.yaml",
            """
            - id: platform
              name: Platform team
              contact: platform-team
            """),
        passing: .init(
            "teams.yaml",
            """
            - id: platform
              name: Platform team
              contact: platform@example.com
            """)
    )
}

extension Diagnostics {
    static package func invalidContact(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidContact, "contact '\(value)' is neither an email address nor an http(s) URL", at: location,
            notes: [.init("write an address such as team@example.com, or a page such as https://chat.example.com/team")])
    }
}
