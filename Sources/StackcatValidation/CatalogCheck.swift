import CatalogLayout
import StackcatLoading
import StackcatModel

/// Loading and validation together: what every command runs before it does anything else.
public struct CatalogCheck: Sendable {
    public var catalog: Catalog
    /// The problems kept under the limits, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// Problems found but not kept (past `DiagnosticLimits`), by severity: counted, never stored.
    public var omittedErrors = 0
    public var omittedWarnings = 0

    /// Every error found, kept or not.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } + omittedErrors }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } + omittedWarnings }
    public var omittedCount: Int { omittedErrors + omittedWarnings }

    /// `reviewAge`, for `validate --max-age`, adds a warning per stack component reviewed too long ago.
    public init(
        files: [CatalogFile], extraDiagnostics: [Diagnostic] = [], requireVocabularies: String? = nil,
        reviewAge: ReviewAge? = nil, limits: DiagnosticLimits = .unlimited
    ) {
        let (files, twice) = CatalogFile.firstOfEachEntry(files)
        var (catalog, loadProblems) = CatalogLoader.load(files, perFile: limits.perFile)
        // The files not read still count as files of the catalog.
        catalog.fileCount += twice.count
        var all =
            extraDiagnostics + twice + loadProblems.items + CatalogValidator.validate(catalog)
            + CatalogRules.placeholder(files.filter { $0.kind != .unexpected }.map(\.text), catalog: catalog)
        if let reviewAge { all += reviewAge.check(catalog) }
        if let catalogPath = requireVocabularies {
            // Only top-level files can be vocabularies; a catalog has a handful.
            let kinds = files.lazy.filter { !$0.relativePath.utf8.contains(UInt8(ascii: "/")) }.map(\.kind)
            // A vocabulary that is there but was not read (too large, unreadable) has its own error.
            let prefix = catalogPath.hasSuffix("/") ? catalogPath : catalogPath + "/"
            let unread = extraDiagnostics.compactMap { diagnostic in
                diagnostic.location.flatMap { $0.path.hasPrefix(prefix) ? CatalogLayout.kind(of: String($0.path.dropFirst(prefix.count))) : nil }
            }
            let rootUnread = extraDiagnostics.contains { $0.location?.path == prefix }
            for (kind, name) in CatalogLayout.vocabularies where !rootUnread && !kinds.contains(kind) && !unread.contains(kind) {
                all.append(Diagnostics.missingVocabulary(name, catalogPath: catalogPath))
            }
        }
        self.catalog = catalog
        self.diagnostics = []
        omittedErrors = loadProblems.omittedErrors
        omittedWarnings = loadProblems.omittedWarnings
        keep(all, limits: limits)
    }

    /// A catalog that was loaded and checked with no diagnostics before (the built-in catalog, which
    /// the build compiles in only then: `CompiledCatalog`): only the check that depends on the run is
    /// made again, the review age of `validate --max-age`.
    public init(checked catalog: Catalog, reviewAge: ReviewAge? = nil, limits: DiagnosticLimits = .unlimited) {
        self.catalog = catalog
        self.diagnostics = []
        if let reviewAge { keep(reviewAge.check(catalog), limits: limits) }
    }

    /// Keeps `all`, sorted, up to the total limit, and counts the rest.
    private mutating func keep(_ all: [Diagnostic], limits: DiagnosticLimits) {
        var sorted = Diagnostic.sortedForOutput(all)
        if sorted.count > limits.total {
            for diagnostic in sorted[limits.total...] {
                if diagnostic.severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
            }
            sorted.removeSubrange(limits.total...)
        }
        diagnostics = sorted
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
