/// One way for every command to write a directory (`docs`, `site`, `init`, `import`, `export`),
/// under the lock beside it (`DirectoryLock`). A new directory is built under a hidden name beside
/// its final place (marked as ours, see `Siblings`) and renamed into it once complete, so it appears
/// whole or not at all; nothing else is there yet to lose. An existing directory is updated in place
/// (`update`, in StagedDirectory+Update.swift), so that what we did not write stays where it is.
/// What to write and remove is the caller's decision; this type only carries it out.
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
        try withLock { _ in try body() }
    }

    /// `locked`, giving `body` the lock (whose file tells the file system's clock).
    public func withLock<T>(_ body: (DirectoryLock) throws -> T) throws -> T {
        try AtomicFile.makeDirectories(OutputTarget.parent(of: target), within: target)
        let lock = try DirectoryLock(beside: target, command: command, directory: path)
        defer { lock.release() }
        cleanLeftovers()
        return try body(lock)
    }

    /// Builds the whole directory under a hidden name beside it, then renames it into place: each
    /// file is created once, and an interrupted or failed run leaves no half-made directory at `path`.
    /// The staging directory holds our marker until just before the rename, so that a later run may
    /// remove it if this one is killed; Ctrl-C or SIGTERM remove it at once (`Interruption`).
    public func create(_ files: BatchedFiles) throws {
        let paths = files.paths
        let siblings = Siblings(of: target, command: command)
        let staging = siblings.staging
        let marker = staging + "/" + Siblings.markerName
        let pending = PendingWrites()
        let cleanup = Interruption.onInterrupt { pending.removeAll() }
        do {
            try pending.make(staging, tree: true) {
                SystemCalls.makeDirectory(staging).map { "cannot create \(staging): \($0.message)" }
            }
            try pending.make(marker, inTree: true) { AtomicFile.createFile(siblings.marker, at: marker) }
            for directory in files.directories(of: Array(paths.indices)) {
                try pending.make(staging + "/" + directory, inTree: true) {
                    SystemCalls.makeDirectory(staging + "/" + directory).map { "cannot create \(staging)/\(directory): \($0.message)" }
                }
            }
            let progress = Progress(total: paths.count, label: command)
            try files.forEach(Array(paths.indices)) { batch, contents in
                for (index, text) in zip(batch, contents) {
                    try pending.make(staging + "/" + paths[index], inTree: true) { AtomicFile.createFile(text, at: staging + "/" + paths[index]) }
                    progress.advance()
                }
            }
            progress.finish()
            try Interruption.uninterruptible {
                if let error = SystemCalls.removeFile(marker) { throw IOFailure("cannot remove \(marker): \(error.message)") }
                // Never over something that appeared meanwhile (rename(2) would replace an empty directory).
                if let error = SystemCalls.renameNoReplace(staging, to: target) {
                    throw IOFailure("cannot move the new \(command) into \(target): \(error.message)")
                }
                cleanup.cancel()
            }
        } catch {
            cleanup.run()
            throw error
        }
    }

    /// Under the lock, removes the staging directories that interrupted runs left beside the
    /// directory: those that hold the marker their run wrote, when that process is gone. A directory
    /// that is only named like one (no marker, or an older stackcat's) is left alone, with a note.
    func cleanLeftovers() {
        let siblings = Siblings(of: target, command: command)
        for (entry, kind) in SystemCalls.entries(of: siblings.parent) ?? [] where kind == .directory {
            let full = (siblings.parent == "/" ? "" : siblings.parent) + "/" + entry
            if let (pid, _) = siblings.token(of: entry, old: false), siblings.isMarked(entry) {
                guard !SystemCalls.processExists(pid) else { continue }
                if let error = DirectoryTree.remove(full) { report("\(command): warning: \(error)\n") }
            } else if siblings.matches(entry, old: false) || siblings.matches(entry, old: true) {
                report(
                    "\(command): note: left \(full) alone: it is named like a staging directory of stackcat, "
                        + "but has no marker that a run of stackcat wrote; remove it if it is not yours\n")
            }
        }
    }
}
