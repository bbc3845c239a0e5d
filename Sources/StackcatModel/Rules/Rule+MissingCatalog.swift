/// Checked by `CatalogOptions.check` (the executable), before anything is read.
extension Rule {
    public static let missingCatalog = Rule(
        id: "missing-catalog", severity: .error, topic: .files,
        summary: "The catalog directory exists and is a directory.",
        triggering: .init(".", .absent),
        passing: .init(".", .directory)
    )
}

extension Diagnostics {
    /// `--catalog` (or `$STACKCAT_CATALOG`) with bytes that are not UTF-8: the path is decoded with
    /// U+FFFD in their place, so it names nothing, though the directory may well be there.
    public static func catalogNameNotUTF8(_ path: String) -> Diagnostic {
        Diagnostic(
            .missingCatalog, "cannot open the catalog directory '\(path)': its name is not valid UTF-8 (the bytes that are not are shown as \u{FFFD})", at: nil,
            notes: [.init("stackcat reads paths as UTF-8: rename the directory, or give --catalog a symbolic link to it with a UTF-8 name")])
    }

    /// `existing`: what is there instead of a directory ("a file", "a device"), or nil when nothing is.
    public static func missingCatalog(_ path: String, existing: String? = nil) -> Diagnostic {
        let problem = existing.map { "is \($0), not a directory" } ?? "does not exist"
        return Diagnostic(
            .missingCatalog, "catalog directory '\(path)' \(problem)", at: nil,
            notes: [.init("pass --catalog with an existing directory, or unset STACKCAT_CATALOG to use ./catalog or the built-in catalog")])
    }
}
