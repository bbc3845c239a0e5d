/// Whole-or-nothing updates of an existing directory. The new tree is built beside the old one: every
/// directory made again, every file that stays hard-linked (ours or not, symbolic links linked
/// themselves, never followed), the changed files written, the extras left out. One rename swaps it
/// in (`renameat2` `RENAME_EXCHANGE` on Linux, `renamex_np` `RENAME_SWAP` on Darwin), and the old
/// tree is removed. A kill at any point leaves the directory entirely old or entirely new; the next
/// run removes what was left beside it. The cost is one walk, a link per unchanged file and a write
/// per changed one: no file is copied.
extension StagedDirectory {
    func replace(_ tree: DirectoryTree, files: BatchedFiles, changed: [Int], extras: [String]) throws {
        let siblings = Siblings(of: target, command: command)
        let staging = siblings.staging
        guard let rootAttributes = SystemCalls.attributes(of: target) else { throw IOFailure("cannot read \(target)") }
        if let error = SystemCalls.makeDirectory(staging) { throw IOFailure("cannot create \(staging): \(error.message)") }
        do {
            try fill(staging, from: tree, files: files, changed: changed, extras: extras, rootAttributes: rootAttributes)
            try swap(staging, siblings: siblings)
        } catch {
            _ = DirectoryTree.remove(staging)
            throw error
        }
        // The old tree is now at the staging name.
        if let error = DirectoryTree.remove(staging) {
            report("\(command): warning: \(error); the old files are left in \(staging)\n")
        }
    }

    /// Links what stays, writes what changed, then gives the directories their old modes (last, so
    /// that a read-only directory can still be filled).
    private func fill(_ staging: String, from tree: DirectoryTree, files: BatchedFiles, changed: [Int], extras: [String],
                      rootAttributes: SystemCalls.FileAttributes) throws {
        let target = tree.root, paths = files.paths
        let replaced = Set(changed.map { paths[$0] }).union(extras)
        var directories: [(String, SystemCalls.FileAttributes)] = [(staging, rootAttributes)]
        let progress = Progress(total: tree.entries.count + changed.count, label: command)
        for (relative, kind) in tree.entries {
            progress.advance()
            let from = target + "/" + relative, to = staging + "/" + relative
            if kind == .directory {
                if let error = SystemCalls.makeDirectory(to) { throw IOFailure("cannot create \(to): \(error.message)") }
                if let attributes = SystemCalls.attributes(of: from) { directories.append((to, attributes)) }
            } else if !replaced.contains(relative) && !Siblings.isAbandonedTemporary(OutputTarget.lastComponent(relative)) {
                if let error = SystemCalls.link(from, to: to) {
                    throw IOFailure("cannot link \(from) into the new tree \(staging): \(error.message)")
                }
            }
        }
        for directory in files.directories(of: changed) where tree.kind(directory) == .missing {
            if let error = SystemCalls.makeDirectory(staging + "/" + directory) {
                throw IOFailure("cannot create \(staging)/\(directory): \(error.message)")
            }
        }
        try files.forEach(changed) { batch, contents in
            for (index, text) in zip(batch, contents) {
                // A replaced file keeps its mode and, where permitted, its owner.
                let old = SystemCalls.attributes(of: target + "/" + paths[index])
                if let error = AtomicFile.createFile(text, at: staging + "/" + paths[index], like: old) { throw IOFailure(error) }
                progress.advance()
            }
        }
        for (directory, attributes) in directories.reversed() {
            if let error = SystemCalls.apply(attributes, toPath: directory) {
                throw IOFailure("cannot set the mode of \(directory): \(error.message)")
            }
        }
        progress.finish()
    }

    /// Swaps the new tree into place in one rename. Where the system cannot swap (no `renameat2` in
    /// the C library, or a file system that refuses it with `EINVAL`), two renames: the old tree
    /// aside, the new one in. Between them the directory is briefly missing; a run killed there
    /// leaves the old tree aside, and the next run moves it back.
    private func swap(_ staging: String, siblings: Siblings) throws {
        guard let error = SystemCalls.exchange(staging, target) else { return }
        guard error.isUnsupported else { throw IOFailure("cannot move the new \(command) into \(target): \(error.message)") }
        let aside = siblings.aside
        if let error = SystemCalls.rename(target, to: aside) {
            throw IOFailure("cannot move \(target) aside to \(aside): \(error.message)")
        }
        if let error = SystemCalls.rename(staging, to: target) {
            _ = SystemCalls.rename(aside, to: target)
            throw IOFailure("cannot move the new \(command) into \(target): \(error.message)")
        }
        // Where the caller looks for the old tree.
        if let error = SystemCalls.rename(aside, to: staging) {
            throw IOFailure("cannot move \(aside) to \(staging): \(error.message)")
        }
    }

    /// Under the lock, removes what an interrupted run left beside the directory: staging trees
    /// (half-built new ones, or old ones not yet removed), and puts back an old tree that the two-step
    /// swap had moved aside when the directory itself is missing.
    func cleanLeftovers() {
        let siblings = Siblings(of: target, command: command)
        for (entry, kind) in SystemCalls.entries(of: siblings.parent) ?? [] where kind == .directory {
            let full = (siblings.parent == "/" ? "" : siblings.parent) + "/" + entry
            if siblings.matches(entry, old: true), case .missing = FileState.kind(target), SystemCalls.rename(full, to: target) == nil {
                report("\(command): moved \(full), left by an interrupted run, back to \(target)\n")
            } else if siblings.matches(entry, old: false) || siblings.matches(entry, old: true) {
                if let error = DirectoryTree.remove(full) { report("\(command): warning: \(error)\n") }
            }
        }
    }
}
