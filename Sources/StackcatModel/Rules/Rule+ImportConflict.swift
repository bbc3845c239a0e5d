/// Checked by `Conflict.diagnostic` (`import --into`: an entry written or edited by hand is left alone), from what `ImportMerge` finds.
extension Rule {
    /// The examples are a file of the catalog that `--into` names; the rule examples test imports a
    /// Backstage Component named after the file's id into a catalog that holds it.
    public static let importConflict = Rule(
        id: "import-conflict", severity: .warning, topic: .merge,
        summary: "import --into writes only entries that an import wrote and nobody edited since; an entry written or edited by hand is left alone.",
        triggering: .init(
            "tools/ledger.yaml",
            """
            name: Ledger
            category: service
            summary: The ledger, written by hand.
            hosting: in-house
            owner: payments
            """),
        passing: .init(
            "tools/ledger-by-hand.yaml",
            """
            name: Ledger
            category: service
            summary: The ledger, written by hand.
            hosting: in-house
            owner: payments
            """)
    )
}

extension Diagnostics {
    /// Why `import --into` left an entry of the catalog alone.
    public enum ImportConflict: Sendable {
        /// A file without the import's marker holds an entry the import has too.
        case handWritten(entry: String)
        /// A file the import wrote no longer matches its digest.
        case edited
        /// A hand-written vocabulary lacks entries the import uses: their YAML, to add (printed after
        /// the diagnostic, since a note is one line).
        case lacksEntries(ids: [String], yaml: String)
    }

    /// `--into`'s report of an entry left alone, at the line where the catalog's file and the
    /// import's version first differ.
    public static func importConflict(_ conflict: ImportConflict, at location: SourceLocation) -> Diagnostic {
        switch conflict {
        case .handWritten(let entry):
            return Diagnostic(
                .importConflict, "written by hand, and the import has the entry '\(entry)' too; left alone", at: location,
                notes: [
                    .init("the import's version differs from this line on"),
                    .init("to take the import's version, delete the file and import again; to keep yours, leave it (each import reports it)")
                ])
        case .edited:
            return Diagnostic(
                .importConflict, "edited by hand since it was imported; left alone", at: location,
                notes: [
                    .init(
                        "delete the file to take the import's version, or remove its first two lines (the import's marker and digest) to keep yours for good"
                    )
                ])
        case .lacksEntries(let ids, _):
            return Diagnostic(
                .importConflict,
                "written by hand and lacks what the import uses (\(ids.joined(separator: ", "))); left alone", at: location,
                notes: [.init("add the entries listed at the end of this report to the file")])
        }
    }
}
