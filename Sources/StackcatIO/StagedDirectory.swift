/// One way for every command to write a directory (`docs`, `site`, `import`, `export`): under the
/// lock beside it (`DirectoryLock`), a new directory is built under a hidden name beside its final
/// place and renamed into it once complete, so it appears whole or not at all; an existing one is
/// rebuilt beside itself and swapped in (`replace`, in StagedDirectory+Replace.swift). What to write
/// and remove is the caller's decision; this type only carries it out.
public struct StagedDirectory {
    /// How messages name the directory: as the user gave it.
    public let path: String
    /// The directory written: `path` resolved (see `resolvedTarget`).
    public let target: String
    /// The command, in hidden names, progress and messages: "docs", "site", "import", "export".
    public let command: String
    /// Shows a note or warning to the user (a whole line, with its newline).
    let report: (String) -> Void

    public init(path: String, command: String, report: @escaping (String) -> Void) throws(IOFailure) {
        self.path = path
        self.target = try Self.resolvedTarget(path)
        self.command = command
        self.report = report
    }

    /// Whether anything is at the target yet.
    public var exists: Bool { FileState.kind(target) != .missing }

    /// The directory to write: `path` without trailing slashes, or where it leads when it is a
    /// symbolic link (the link stays; the directory it names is updated).
    public static func resolvedTarget(_ path: String) throws(IOFailure) -> String {
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

    /// Runs `body` holding the directory's lock, once the parent directories exist and what an
    /// interrupted run left beside the directory is cleaned up.
    public func locked<T>(_ body: () throws -> T) throws -> T {
        try AtomicFile.makeDirectories(OutputTarget.parent(of: target), within: target)
        let lock = try DirectoryLock(beside: target, command: command, directory: path)
        defer { lock.release() }
        cleanLeftovers()
        return try body()
    }

    /// Brings an existing directory (walked into `tree`) in line: writes the `changed` files and
    /// removes the `extras`, as a whole by `replace` when the directory is on its parent's file
    /// system, file by file otherwise (a mount point). With nothing to change, only the temporary
    /// files of interrupted writes are removed.
    public func update(_ tree: DirectoryTree, files: BatchedFiles, changed: [Int], extras: [String]) throws {
        guard changed.isEmpty && extras.isEmpty else {
            // Building beside the directory needs the same file system; a mount point is updated file by file.
            if SystemCalls.attributes(of: OutputTarget.parent(of: target))?.device == SystemCalls.attributes(of: target)?.device {
                try replace(tree, files: files, changed: changed, extras: extras)
            } else {
                report("\(command): note: \(path) is a mount point, so it is updated file by file, not as a whole\n")
                try updateInPlace(files: files, changed: changed, extras: extras)
            }
            return
        }
        for (relative, kind) in tree.entries where kind != .directory && Siblings.isAbandonedTemporary(OutputTarget.lastComponent(relative)) {
            _ = SystemCalls.removeFile(target + "/" + relative)
        }
    }

    /// Writes each changed file through a temporary name and removes the extras: every file is old
    /// or new, but not the directory as a whole.
    func updateInPlace(files: BatchedFiles, changed: [Int], extras: [String]) throws {
        // The directories first, then the files, rendered a batch at a time on every core and written
        // by one writer: files in one directory are created under its lock, and measured here several
        // writers only added contention (10,000 pages: 2.5 s with one, 4.7 s with two).
        for directory in files.directories(of: changed) {
            try AtomicFile.makeDirectories(target + "/" + directory, within: target)
        }
        let progress = Progress(total: changed.count + extras.count, label: command)
        try files.forEach(changed) { batch, contents in
            for (index, text) in zip(batch, contents) {
                if let error = AtomicFile.writeFile(text, to: target + "/" + files.paths[index]) { throw IOFailure(error) }
                progress.advance()
            }
        }
        for extra in extras {
            let full = target + "/" + extra
            if let error = SystemCalls.removeFile(full) { throw IOFailure("cannot remove \(full): \(error.message)") }
            progress.advance()
        }
        progress.finish()
    }

    /// Builds the whole directory under a hidden name beside it, then renames it into place: each
    /// file is created once, and an interrupted or failed run leaves no half-made directory at `path`.
    public func create(_ files: BatchedFiles) throws {
        let paths = files.paths
        let staging = Siblings(of: target, command: command).staging
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
            for directory in files.directories(of: Array(paths.indices)) {
                if let error = SystemCalls.makeDirectory(staging + "/" + directory) {
                    throw IOFailure("cannot create \(staging)/\(directory): \(error.message)")
                }
                directories.append(directory)
            }
            let progress = Progress(total: paths.count, label: command)
            try files.forEach(Array(paths.indices)) { batch, contents in
                for (index, text) in zip(batch, contents) {
                    if let error = AtomicFile.createFile(text, at: staging + "/" + paths[index]) { throw IOFailure(error) }
                    created.append(paths[index])
                    progress.advance()
                }
            }
            progress.finish()
            if let error = SystemCalls.rename(staging, to: target) {
                throw IOFailure("cannot move the new \(command) into \(target): \(error.message)")
            }
        } catch {
            cleanUp()
            throw error
        }
    }
}
