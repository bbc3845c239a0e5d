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
