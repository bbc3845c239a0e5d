/// Loading and validation together: what every command runs before it does anything else.
public struct CatalogCheck: Sendable {
    public var catalog: Catalog
    /// Every problem, sorted by file and position.
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public init(files: [CatalogFile], extraDiagnostics: [Diagnostic] = [], requireVocabularies: String? = nil) {
        let (catalog, loadProblems) = CatalogLoader.load(files)
        var all = extraDiagnostics + loadProblems + CatalogValidator.validate(catalog)
        if let catalogPath = requireVocabularies {
            for name in ["categories.yaml", "roles.yaml", "relations.yaml"] where !files.contains(where: { $0.relativePath == name }) {
                all.append(Diagnostics.missingVocabulary(name, catalogPath: catalogPath))
            }
        }
        self.catalog = catalog
        self.diagnostics = Diagnostic.sortedForOutput(all)
    }
}
