import CatalogLayout

/// Loading and validation together: what every command runs before it does anything else.
public struct CatalogCheck: Sendable {
    public var catalog: Catalog
    /// Every problem, sorted by file and position.
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public init(files: [CatalogFile], extraDiagnostics: [Diagnostic] = [], requireVocabularies: String? = nil) {
        let (files, twice) = CatalogFile.firstOfEachEntry(files)
        var (catalog, loadProblems) = CatalogLoader.load(files)
        // The files not read still count as files of the catalog.
        catalog.fileCount += twice.count
        var all = extraDiagnostics + twice + loadProblems + CatalogValidator.validate(catalog)
        if let catalogPath = requireVocabularies {
            // Only top-level files can be vocabularies; a catalog has a handful.
            let kinds = files.lazy.filter { !$0.relativePath.utf8.contains(UInt8(ascii: "/")) }.map(\.kind)
            for (kind, name) in CatalogLayout.vocabularies where !kinds.contains(kind) {
                all.append(Diagnostics.missingVocabulary(name, catalogPath: catalogPath))
            }
        }
        self.catalog = catalog
        self.diagnostics = Diagnostic.sortedForOutput(all)
    }
}

extension CatalogCheck {
    /// The texts that the diagnostics' snippets quote, by display path: the files that have a
    /// diagnostic or a note, and only those.
    public func snippetSources(from files: [CatalogFile]) -> [String: SourceText] {
        guard !diagnostics.isEmpty else { return [:] }
        var wanted: Set<String> = []
        for diagnostic in diagnostics {
            if let path = diagnostic.location?.path { wanted.insert(path) }
            for note in diagnostic.notes { if let path = note.location?.path { wanted.insert(path) } }
        }
        var sources: [String: SourceText] = [:]
        for file in files where wanted.contains(file.text.path) { sources[file.text.path] = file.text }
        return sources
    }
}
