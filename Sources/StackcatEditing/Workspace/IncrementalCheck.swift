import StackcatLoading
import StackcatModel
import StackcatValidation

/// `validate`'s check, kept warm for an editor: each file's loaded share is kept with the bytes it
/// was read from, so that after an edit only the changed files are read again; the catalog is then
/// assembled from the shares. Of the checks on the catalog, the per-tool ones run again only for the
/// changed tools, unless what they read of the rest of the catalog changed (`ToolCheckMemo`); the
/// catalog-wide ones (references from stacks, cycles, duplicates) run on the whole of it.
/// The diagnostics are those of `CatalogCheck` on the same files (without the limits, which an editor
/// does not need, and without `missing-file`, which has no position to show).
struct IncrementalCheck: Sendable {
    private var shares: [String: (bytes: [UInt8], share: LoadedFile)] = [:]
    private var memo = ToolCheckMemo()
    /// How many tools the last check checked again.
    var toolsChecked: Int { memo.lastChecked }

    mutating func check(_ files: [CatalogFile], readProblems: [Diagnostic], reviewAge: ReviewAge? = nil)
        -> (catalog: Catalog, diagnostics: [Diagnostic])
    {
        let (files, twice) = CatalogFile.firstOfEachEntry(files)
        let stale = files.filter { file in shares[file.text.path].map { $0.bytes != file.text.bytes } ?? true }
        for (file, share) in zip(stale, CatalogLoader.loadFiles(stale)) {
            shares[file.text.path] = (file.text.bytes, share)
        }
        let current = Set(files.map(\.text.path))
        for path in shares.keys where !current.contains(path) { shares[path] = nil }
        var (catalog, loadProblems) = CatalogLoader.assemble(files.map { shares[$0.text.path]!.share })
        catalog.fileCount += twice.count
        var all = readProblems + twice + loadProblems + memo.validate(catalog, changed: Set(stale.map(\.text.path)))
        all += CatalogRules.placeholder(files.filter { $0.kind != .unexpected }.map(\.text), catalog: catalog)
        if let reviewAge { all += reviewAge.check(catalog) }
        return (catalog, Diagnostic.sortedForOutput(all))
    }
}
