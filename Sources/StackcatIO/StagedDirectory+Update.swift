/// Updates of an existing directory, in place. Every changed file is first written under a
/// temporary name beside the file it replaces (`.stackcat-<pid>-<random>-<name>`, keeping that file's
/// mode, owner, ACL and extended attributes); then, holding interruptions (`Interruption`), each one
/// is renamed over its file: new files first, then the changed ones (which may link to the new), then
/// the files that no longer belong are removed. No directory is replaced.
///
/// Why in place, rather than building a new tree beside the old and swapping it in with one rename
/// (what stackcat did before): the swap replaced directories that are not only ours. Their mode,
/// owner, ACL and extended attributes had to be copied and some were lost; a file that another
/// process created in the directory between our walk and the swap was lost with the old tree; a
/// process whose working directory was inside (a shell, a web server's worker, a CI step) went on
/// writing into the old tree, which was then deleted; and the directory could not be swapped at all
/// when it is a mount point or the current directory. In place, the directory stays the same
/// directory: its metadata, what others write into it, and their working directories are untouched,
/// and we remove only files we generated (the caller's `extras`). The price is that the directory as
/// a whole is not replaced in one step; but every file is replaced atomically, the slow part (rendering
/// and writing) happens before the first rename, a failure or Ctrl-C/SIGTERM/SIGHUP before the renames
/// leaves the old tree untouched and one during them waits until they are done. A reader (a web
/// server) can see some files new and some old only during the renames (milliseconds, with nothing
/// left to render), and only SIGKILL or a power cut there can leave such a mix behind; the next run
/// completes the update and removes the temporary files.
extension StagedDirectory {
    /// Brings an existing directory (walked into `tree`) in line: writes the `changed` files and
    /// removes the `extras`. With nothing to change, only the temporary files of interrupted writes
    /// are removed.
    public func update(_ tree: DirectoryTree, files: BatchedFiles, changed: [Int], extras: [String]) throws {
        for (relative, kind) in tree.entries where kind == .file && Siblings.isAbandonedTemporary(OutputTarget.lastComponent(relative)) {
            _ = SystemCalls.removeFile(target + "/" + relative)
        }
        guard !changed.isEmpty || !extras.isEmpty else { return }
        let paths = files.paths
        let pending = PendingWrites()
        let cleanup = Interruption.onInterrupt { pending.removeAll() }
        do {
            for directory in files.directories(of: changed) where FileState.kind(target + "/" + directory) == .missing {
                let full = target + "/" + directory
                try pending.make(full, directory: true) { SystemCalls.makeDirectory(full).map { "cannot create \(full): \($0.message)" } }
            }
            var moves: [(temporary: String, path: String, isNew: Bool)] = []
            moves.reserveCapacity(changed.count)
            let progress = Progress(total: changed.count + extras.count, label: command)
            try files.forEach(changed) { batch, contents in
                for (index, text) in zip(batch, contents) {
                    let path = target + "/" + paths[index]
                    let temporary = OutputTarget.parent(of: path) + "/" + AtomicFile.temporaryName(for: OutputTarget.lastComponent(path))
                    // New by the walk, which the caller's plan was made from: what appeared since is not ours.
                    let isNew = tree.kind(paths[index]) == .missing
                    let old = isNew ? nil : SystemCalls.attributes(of: path).flatMap { $0.kind == .file ? $0 : nil }
                    try pending.make(temporary) {
                        AtomicFile.createFile(text, at: temporary, like: old, extendedAttributesOf: old == nil ? nil : path)
                    }
                    moves.append((temporary, path, isNew))
                    progress.advance()
                }
            }
            try Interruption.uninterruptible {
                var appeared: [String] = []
                for move in moves.filter(\.isNew) + moves.filter({ !$0.isNew }) {
                    // A new file never replaces one that someone else put there meanwhile.
                    let failure = move.isNew ? SystemCalls.renameNoReplace(move.temporary, to: move.path) : SystemCalls.rename(move.temporary, to: move.path)
                    if let failure {
                        _ = SystemCalls.removeFile(move.temporary)
                        guard failure.alreadyExists else { throw IOFailure("cannot write \(move.path): \(failure.message)") }
                        appeared.append(move.path)
                    }
                }
                for extra in extras {
                    let full = target + "/" + extra
                    if let error = SystemCalls.removeFile(full), FileState.kind(full) != .missing {
                        throw IOFailure("cannot remove \(full): \(error.message)")
                    }
                    progress.advance()
                }
                cleanup.cancel()
                if !appeared.isEmpty {
                    throw IOFailure(
                        messages: appeared.prefix(10).map { "\($0) appeared while stackcat was writing \(path) and was kept; move it away and run again" })
                }
            }
            progress.finish()
        } catch {
            cleanup.run()
            throw error
        }
    }
}
