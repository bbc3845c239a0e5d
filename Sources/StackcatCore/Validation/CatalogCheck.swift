import CatalogLayout

/// Loading and validation together: what every command runs before it does anything else.
public struct CatalogCheck: Sendable {
    public var catalog: Catalog
    /// Every problem, sorted by file and position.
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// `reviewAge`, for `validate --max-age`, adds a warning per stack component reviewed too long ago.
    public init(files: [CatalogFile], extraDiagnostics: [Diagnostic] = [], requireVocabularies: String? = nil,
                reviewAge: ReviewAge? = nil) {
        let (files, twice) = CatalogFile.firstOfEachEntry(files)
        var (catalog, loadProblems) = CatalogLoader.load(files)
        // The files not read still count as files of the catalog.
        catalog.fileCount += twice.count
        var all = extraDiagnostics + twice + loadProblems + CatalogValidator.validate(catalog)
        if let reviewAge { all += reviewAge.check(catalog) }
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
