/// The messages about `catalog.yaml`'s `include:` and the catalogs it brings in.
extension Diagnostics {
    public static func invalidInclude(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.invalidInclude, message, at: location, notes: hint.map { [.init($0)] } ?? [])
    }

    public static func emptyInclude(_ pattern: String, kind: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .emptyInclude, "'\(pattern)' matches no \(kind)", at: location,
            notes: [
                .init(
                    "paths and globs of include are relative to the repository's root (the directory that holds .git); '*' matches within one folder, '**' any number of folders"
                )
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
