import StackcatIO
import ArgumentParser
import StackcatCore

/// The files a command generates into a directory (`docs --out`, `site --out`), rendered on demand.
protocol GeneratedFiles: Sendable {
    /// The command, in messages and in the hint to rerun: "docs", "site".
    var command: String { get }
    /// What is written, in "refusing to write ... into": "docs", "the site".
    var noun: String { get }
    /// Every file's path relative to the directory, sorted.
    var paths: [String] { get }
    /// The contents of the files at these indices of `paths`, in their order; called a batch at a time.
    func render(_ indices: [Int]) -> [String]
    /// Whether a file's text carries the generated marker (so it is ours to replace or remove).
    func isGenerated(_ text: String) -> Bool
    /// Where generated files live, so where extras are looked for.
    var layout: GeneratedLayout { get }
}

/// Brings a directory in line with what the catalog generates, as the core's `GeneratedTreePlan`
/// decides: files without the marker are never touched. A directory that does not exist yet is built
/// beside its final place and renamed into it once complete, so it appears whole or not at all.
/// Files are rendered a batch at a time and dropped once examined or written, so memory does not
/// grow with the number of files.
struct GeneratedDirectory<Files: GeneratedFiles> {
    let path: String
    let catalogOrigin: CatalogOptions.Origin
    /// `stackcat`, with the `--catalog` it was given, for the hint to rerun.
    let command: String
    let files: Files

    /// The catalog's name, in the messages.
    var from: String { CatalogOptions.name(of: catalogOrigin) }

    var wording: GeneratedTreePlan.Wording {
        GeneratedTreePlan.Wording(label: files.command, directory: path, from: from, rerun: command)
    }

    /// Files rendered at once before they are written: enough to keep every core busy.
    static var batchSize: Int { 256 }

    func sync(check: Bool) throws {
        try refuseDangerousTarget()
        let target = try resolvedTarget()
        if check {
            let exists = FileState.kind(target) != .missing
            let plan = try makePlan(tree: exists ? DirectoryTree(walking: target) : nil, check: true)
            try refuseConflicts(plan)
            for line in plan.checkReport(wording) { Terminal.writeError(line) }
            if !plan.isUpToDate { throw ExitCode(1) }
            return
        }
        try AtomicFile.makeDirectories(OutputTarget.parent(of: target), within: target)
        let lock = try DirectoryLock(beside: target, command: files.command, directory: path)
        defer { lock.release() }
        cleanLeftovers(target)
        if case .missing = FileState.kind(target) {
            try writeNewDirectory(target)
            return
        }
        let tree = try DirectoryTree(walking: target)
        let plan = try makePlan(tree: tree, check: false)
        try refuseConflicts(plan)
        if !plan.isUpToDate {
            // Building beside the directory needs the same file system; a mount point is updated file by file.
            if SystemCalls.attributes(of: OutputTarget.parent(of: target))?.device == SystemCalls.attributes(of: target)?.device {
                try replaceTree(target, plan: plan, tree: tree)
            } else {
                Terminal.writeError("\(files.command): note: \(path) is a mount point, so it is updated file by file, not as a whole\n")
                try updateInPlace(target, plan: plan)
            }
        } else if tree.entries.contains(where: { $0.kind != .directory && Siblings.isAbandonedTemporary(OutputTarget.lastComponent($0.path)) }) {
            for (relative, kind) in tree.entries where kind != .directory && Siblings.isAbandonedTemporary(OutputTarget.lastComponent(relative)) {
                _ = SystemCalls.removeFile(target + "/" + relative)
            }
        }
        Terminal.writeError(plan.summary(wording))
    }

    /// The directory to write: `path` without trailing slashes, or where it leads when it is a
    /// symbolic link (the link stays; the directory it names is updated).
    func resolvedTarget() throws -> String {
        var target = path
        while target.count > 1 && target.hasSuffix("/") { target.removeLast() }
        switch FileState.kind(target) {
        case .missing, .directory: return target
        case .symlink:
            guard let real = FileState.realPath(target) else {
                throw IOFailure("\(path) is a dangling symbolic link (what it names does not exist); remove it or choose another --out")
            }
            guard case .directory = FileState.kind(real) else {
                throw IOFailure("\(path) is a symbolic link to \(real), which is not a directory; choose another --out")
            }
            return real
        case .file, .other: throw IOFailure("\(path) is not a directory; choose another --out")
        }
    }

    /// Compares every file with what is in the directory, a batch at a time, keeping only the
    /// verdicts (and, for --check, the start of each diff), not the contents.
    func makePlan(tree: DirectoryTree?, check: Bool) throws -> GeneratedTreePlan {
        let paths = files.paths
        guard let tree else { return .creating(paths) }
        let files = files, target = tree.root
        var verdicts: [GeneratedTreePlan.Verdict] = []
        verdicts.reserveCapacity(paths.count)
        try forEachRendered(Array(paths.indices)) { batch, contents in
            // Parts come back in order, so the verdicts stay in path order.
            verdicts += Parallel.fold(batch.count, threshold: 64, initial: { [GeneratedTreePlan.Verdict]() }) { part, i in
                let file = paths[batch[i]]
                let diff: ((String, String) -> String)? = check
                    ? { UnifiedDiff.diff($0, $1, oldName: "\(target)/\(file)", newName: "generated", maxLines: 40) } : nil
                part.append(GeneratedTreePlan.verdict(for: file, existing: tree.existing(file), directory: tree.blockingDirectory(of: file),
                                                      generated: contents[i], isGenerated: files.isGenerated, diff: diff))
            }.flatMap { $0 }
        }
        let extras = GeneratedTreePlan.extras(present: tree.files, planned: Set(paths), layout: files.layout, read: { relative in
            guard case .file(let text) = tree.existing(relative) else { return nil }
            return text
        }, isGenerated: files.isGenerated)
        return GeneratedTreePlan(paths: paths, verdicts: verdicts, extras: extras)
    }

    func refuseConflicts(_ plan: GeneratedTreePlan) throws {
        let messages = plan.conflictMessages(wording)
        guard !messages.isEmpty else { return }
        for message in messages { Terminal.writeError("stackcat: error: \(message)\n") }
        throw ExitCode(1)
    }

    /// Writes each changed file through a temporary name and removes the extras: every file is old
    /// or new, but not the directory as a whole.
    func updateInPlace(_ target: String, plan: GeneratedTreePlan) throws {
        let paths = plan.paths, changed = plan.changed
        // The directories first, then the files, rendered a batch at a time on every core and written
        // by one writer: files in one directory are created under its lock, and measured here several
        // writers only added contention (10,000 pages: 2.5 s with one, 4.7 s with two).
        for directory in Set(changed.compactMap { paths[$0].split(separator: "/").dropLast().first.map(String.init) }).sorted() {
            try AtomicFile.makeDirectories(target + "/" + directory, within: target)
        }
        let progress = Progress(total: changed.count + plan.extras.count, label: files.command)
        try forEachRendered(changed) { batch, contents in
            for (index, text) in zip(batch, contents) {
                if let error = AtomicFile.writeFile(text, to: target + "/" + paths[index]) { throw IOFailure(error) }
                progress.advance()
            }
        }
        for extra in plan.extras {
            let full = target + "/" + extra
            if let error = SystemCalls.removeFile(full) { throw IOFailure("cannot remove \(full): \(error.message)") }
            progress.advance()
        }
        progress.finish()
    }

    /// Renders the files a batch at a time and hands each batch (indices and contents) to `body`, in order.
    func forEachRendered(_ indices: [Int], _ body: ([Int], [String]) throws -> Void) throws {
        var start = 0
        while start < indices.count {
            let batch = Array(indices[start ..< min(start + Self.batchSize, indices.count)])
            try body(batch, files.render(batch))
            start += batch.count
        }
    }

    /// Builds the whole directory under a hidden name beside it, then renames it into place: each
    /// file is created once, and an interrupted or failed run leaves no half-made directory at `path`.
    func writeNewDirectory(_ target: String) throws {
        let paths = files.paths
        let staging = Siblings(of: target, command: files.command).staging
        if let error = SystemCalls.makeDirectory(staging) {
            throw IOFailure("cannot create \(staging): \(error.message)")
        }
        var created: [String] = []
        var directories: [String] = []
        func cleanUp() {
            for file in created.reversed() { _ = SystemCalls.removeFile(staging + "/" + file) }
            for directory in directories.reversed() { _ = SystemCalls.removeDirectory(staging + "/" + directory) }
            _ = SystemCalls.removeDirectory(staging)
        }
        do {
            for directory in Set(paths.compactMap { $0.split(separator: "/").dropLast().first.map(String.init) }).sorted() {
                if let error = SystemCalls.makeDirectory(staging + "/" + directory) {
                    throw IOFailure("cannot create \(staging)/\(directory): \(error.message)")
                }
                directories.append(directory)
            }
            let progress = Progress(total: paths.count, label: files.command)
            try forEachRendered(Array(paths.indices)) { batch, contents in
                for (index, text) in zip(batch, contents) {
                    if let error = AtomicFile.createFile(text, at: staging + "/" + paths[index]) { throw IOFailure(error) }
                    created.append(paths[index])
                    progress.advance()
                }
            }
            progress.finish()
            if let error = SystemCalls.rename(staging, to: target) {
                throw IOFailure("cannot move the new \(files.command) into \(target): \(error.message)")
            }
        } catch {
            cleanUp()
            throw error
        }
        Terminal.writeError(GeneratedTreePlan.creating(paths).summary(wording))
    }

    /// `/`, the home directory and the catalog itself are never output directories.
    func refuseDangerousTarget() throws {
        var also: [(String, String)] = []
        if case .directory(let catalogPath, _) = catalogOrigin, let real = FileState.realPath(catalogPath) {
            also.append((real, "the catalog directory"))
            if OutputTarget.resolved(path).hasPrefix(real + "/") {
                throw IOFailure("refusing to write \(files.noun) into the catalog directory (\(path)); choose another --out")
            }
        }
        try OutputTarget.refuseDangerous(path, writing: files.noun, also: also)
    }
}
