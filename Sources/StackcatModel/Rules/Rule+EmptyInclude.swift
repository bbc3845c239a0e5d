extension Rule {
    public static let emptyInclude = Rule(
        id: "empty-include", severity: .warning, topic: .files,
        summary: "Each path or glob of catalog.yaml's include matches at least one directory or file.",
        triggering: .init(
            "catalog.yaml",
            """
            include:
              - services/*/stackcat/
            """),
        passing: .init(
            "catalog.yaml",
            """
            include: []
            """)
    )
}
