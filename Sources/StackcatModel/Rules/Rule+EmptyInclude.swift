/// Checked by `CatalogFederation.readFragments` and `CatalogFederation.readBackstage` (the executable), as include: is followed.
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

extension Diagnostics {
    public static func emptyInclude(_ pattern: String, kind: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .emptyInclude, "'\(pattern)' matches no \(kind)", at: location,
            notes: [
                .init(
                    "paths and globs of include are relative to the repository's root (the directory that holds .git); '*' matches within one folder, '**' any number of folders"
                )
            ])
    }
}
