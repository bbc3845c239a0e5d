import ArgumentParser
import StackcatCore
import StackcatIO

/// The options every import takes for where it goes: a new catalog (`--out`) or a merge into an existing
/// one (`--into`, with `--dry-run`).
struct ImportDestination: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The catalog directory to write (new, or one an import wrote).", valueName: "dir"), completion: .directory)
    var out: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An existing catalog to merge the import into.",
            discussion:
                "New entries are added, entries an earlier import wrote are updated, entries written or edited by hand are left alone and reported.",
            valueName: "catalog"), completion: .directory)
    var into: String?

    @Flag(name: .long, help: "With --into: print what would change, as a unified diff, and write nothing.")
    var dryRun = false

    /// Exactly one of --out and --into, and --dry-run only with --into. Called from the command's own
    /// `validate`, so that its other checks keep their order.
    func check() throws {
        if (out == nil) == (into == nil) { throw ValidationError("name either --out DIR (a new catalog) or --into CATALOG (merge into one)") }
        if dryRun && into == nil { throw ValidationError("--dry-run goes with --into") }
    }
}

/// `import ... --into CATALOG`: an import merged into an existing catalog (`ImportMerge` decides what
/// changes), or with `--dry-run` the changes as a unified diff on standard output. Conflicts go to
/// standard error as `import-conflict` diagnostics (`path:line:1: warning: ...`, with the line);
/// nothing written by hand is rewritten or deleted. A merge holds the catalog directory's lock (the
/// `DirectoryLock` of `docs`, `site`, `new` and `rename`) from reading the catalog to the last file
/// written, and writes each file atomically, so a second import into the same catalog fails at once.
enum ImportInto {
    /// Refuses an `--into` that is not a catalog directory, before the import's work.
    static func checkTarget(_ catalog: String) throws {
        guard FileState.isDirectory(catalog) else {
            throw IOFailure("--into \(catalog): no such catalog directory; use --out DIR to make a new catalog from the import")
        }
    }

    static func merge(
        _ files: [(path: String, contents: String)], marker: String, into catalog: String, dryRun: Bool,
        maxFileSize: Int, limits: DiagnosticLimits
    ) throws -> String {
        try checkTarget(catalog)
        let prefix = catalog.hasSuffix("/") ? catalog : catalog + "/"
        let lock = dryRun ? nil : try DirectoryLock(beside: catalog, command: "import", directory: catalog)
        defer { lock?.release() }
        let read = CatalogFiles.load(directory: catalog, displayPrefix: prefix, maxFileSize: maxFileSize)
        if !read.problems.isEmpty {
            throw IOFailure(messages: read.problems.prefix(10).map { ($0.location?.path ?? catalog) + ": " + $0.message })
        }
        let existing = read.files.map { (path: $0.relativePath, text: String(decoding: $0.text.bytes, as: UTF8.self)) }
        let plan = ImportMerge(generated: files, existing: existing, marker: marker)
        let conflicts = plan.conflicts.map { $0.diagnostic(prefix: prefix) }
        var sources: [String: SourceText] = [:]
        for conflict in plan.conflicts { sources[prefix + conflict.path] = SourceText(path: prefix + conflict.path, text: conflict.text) }
        ImportDiagnostics.write(conflicts, sources: sources, limits: limits)
        for conflict in plan.conflicts {
            guard case .lacksEntries(_, let yaml) = conflict.kind else { continue }
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: true).map { TerminalText.sanitize(String($0)) }
            Terminal.writeError("\(prefix)\(conflict.path): the entries to add:\n" + lines.map { $0 + "\n" }.joined())
        }
        for path in plan.notInInput {
            Terminal.writeError("\(prefix)\(path):1:1: note: imported earlier and not in this input; kept (delete it if it is gone for good)\n")
        }
        if dryRun {
            var out = ""
            for change in plan.changes {
                guard let old = change.old else {
                    // A new file, as diff -N shows it.
                    let lines = change.new.split(separator: "\n", omittingEmptySubsequences: false).dropLast(change.new.hasSuffix("\n") ? 1 : 0)
                    out += "--- /dev/null\n+++ b/\(prefix)\(change.path)\n@@ -0,0 +1,\(lines.count) @@\n" + lines.map { "+" + $0 + "\n" }.joined()
                    continue
                }
                out += UnifiedDiff.diff(old, change.new, oldName: "a/\(prefix)\(change.path)", newName: "b/\(prefix)\(change.path)")
                if !out.hasSuffix("\n") { out += "\n" }
            }
            Terminal.writeText(out)
        } else {
            for change in plan.changes {
                try AtomicFile.write(change.new, to: prefix + change.path, within: catalog)
            }
        }
        let added = plan.changes.count { $0.old == nil }
        let updated = plan.changes.count - added
        return "\(dryRun ? "would add" : "added") \(added), \(dryRun ? "would update" : "updated") \(updated), "
            + "\(plan.unchanged) unchanged, \(plan.conflicts.count) left alone in \(catalog)"
    }
}
