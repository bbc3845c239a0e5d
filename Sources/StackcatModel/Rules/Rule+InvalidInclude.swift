/// Checked by `LoadState.settings` (the loader, catalog.yaml) and `CatalogFederation.readFragments` (the executable, as include: is followed).
extension Rule {
    public static let invalidInclude = Rule(
        id: "invalid-include", severity: .error, topic: .files,
        summary:
            "An include of catalog.yaml stays inside the repository and can be read: a relative path or glob, a git repository whose ref exists (fetched, or in the cache with --offline), at most 10,000 matches, no loops.",
        triggering: .init(
            "catalog.yaml",
            """
            include:
              - ../other-repository/stackcat/
            """),
        passing: .init(
            "catalog.yaml",
            """
            include: []
            """)
    )
}

extension Diagnostics {
    public static func invalidInclude(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.invalidInclude, message, at: location, notes: hint.map { [.init($0)] } ?? [])
    }
}
