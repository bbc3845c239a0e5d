import StackcatModel

/// The messages of the catalog's file layout.
extension Diagnostics {
    /// `entry` is `categories`, `roles`, `relations`, `tool 'a'` or `stack 'b'`.
    /// Reported at the file that is not read, with a note at the one that is.
    public static func sameEntryTwice(_ entry: String, read: CatalogFile, notRead: CatalogFile) -> Diagnostic {
        let what = ["categories", "roles", "relations", "teams"].contains(entry) ? "the \(entry) have" : "\(entry) has"
        let names = [read.relativePath, notRead.relativePath].sorted { $0.utf8Precedes($1) }
        return Diagnostic(
            .duplicateId, "\(what) two files, \(names[0]) and \(names[1]); this one is not read",
            at: SourceLocation(path: notRead.text.path, span: .fileStart),
            notes: [.init("\(read.relativePath) is read; keep one of the two", at: SourceLocation(path: read.text.path, span: .fileStart))])
    }

    /// `existing`: what is there instead of a directory ("a file", "a device"), or nil when nothing is.
    public static func missingCatalog(_ path: String, existing: String? = nil) -> Diagnostic {
        let problem = existing.map { "is \($0), not a directory" } ?? "does not exist"
        return Diagnostic(
            .missingCatalog, "catalog directory '\(path)' \(problem)", at: nil,
            notes: [.init("pass --catalog with an existing directory, or unset STACKCAT_CATALOG to use ./catalog or the built-in catalog")])
    }
}
