extension Rule {
    public static let unexpectedFile = Rule(
        id: "unexpected-file", severity: .warning, topic: .files,
        summary: "The file is not part of the catalog layout.",
        triggering: .init(
            "team.yaml",
            """
            - id: platform
              name: Platform team
              contact: platform@example.com
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
