/// Checked by `LoadState.load` (the loader) and `CatalogFederation.readFragments` (the executable, in an included fragment).
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

extension Diagnostics {
    public static func unexpectedFile(_ path: String) -> Diagnostic {
        Diagnostic(
            .unexpectedFile, "stackcat does not read this file",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [
                .init("a catalog holds categories.yaml, roles.yaml, relations.yaml, an optional teams.yaml, tools/<id>.yaml and stacks/<id>.yaml (or .yml)")
            ])
    }

    /// A vocabulary or settings file in a fragment directory: the root catalog's are the only ones.
    public static func notInFragment(_ path: String) -> Diagnostic {
        Diagnostic(
            .unexpectedFile, "an included fragment holds only tools/, stacks/ and teams.yaml; this file is not read",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("categories, roles, relations and catalog.yaml belong to the root catalog, which every fragment shares")])
    }
}
