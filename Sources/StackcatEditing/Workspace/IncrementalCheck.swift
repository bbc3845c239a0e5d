import StackcatLoading
import StackcatModel
import StackcatValidation

/// `validate`'s check, kept warm for an editor: each file's loaded share is kept with the bytes it
/// was read from, so that after an edit only the changed files are read again; the catalog is then
/// assembled from the shares and the checks across files (references, cycles, duplicates) run on it.
/// The diagnostics are those of `CatalogCheck` on the same files (without the limits, which an editor
/// does not need, and without `missing-file`, which has no position to show).
struct IncrementalCheck: Sendable {
    private var shares: [String: (bytes: [UInt8], share: LoadedFile)] = [:]

    mutating func check(_ files: [CatalogFile], readProblems: [Diagnostic], reviewAge: ReviewAge? = nil)
        -> (catalog: Catalog, diagnostics: [Diagnostic])
    {
        let (files, twice) = CatalogFile.firstOfEachEntry(files)
        let stale = files.filter { file in shares[file.relativePath].map { $0.bytes != file.text.bytes } ?? true }
        for (file, share) in zip(stale, CatalogLoader.loadFiles(stale)) {
            shares[file.relativePath] = (file.text.bytes, share)
        }
        let current = Set(files.map(\.relativePath))
        for path in shares.keys where !current.contains(path) { shares[path] = nil }
        var (catalog, loadProblems) = CatalogLoader.assemble(files.map { shares[$0.relativePath]!.share })
        catalog.fileCount += twice.count
        var all = readProblems + twice + loadProblems + CatalogValidator.validate(catalog)
        if let reviewAge { all += reviewAge.check(catalog) }
        return (catalog, Diagnostic.sortedForOutput(all))
    }
}
