/// What `lstat` says of a directory and of everything under it, found in one walk that never follows
/// a symbolic link and never reads a file: enough to tell that nothing in it changed since
/// (`OutputStamp`). Paths are relative (the directory itself is ""), each directory before what it
/// holds, names in byte order.
public struct TreeState: Sendable {
    public private(set) var entries: [(path: String, status: SystemCalls.FileStatus)] = []

    /// Nil when a directory cannot be read or an entry vanishes during the walk.
    public init?(walking root: String) {
        guard let top = SystemCalls.status(of: root), top.kind == .directory else { return nil }
        entries.append(("", top))
        var pending = [""]
        while let directory = pending.popLast() {
            let full = directory.isEmpty ? root : root + "/" + directory
            guard let names = SystemCalls.statusEntries(of: full) else { return nil }
            var subdirectories: [String] = []
            for (name, status) in names.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
                let relative = directory.isEmpty ? name : directory + "/" + name
                entries.append((relative, status))
                if status.kind == .directory { subdirectories.append(relative) }
            }
            pending += subdirectories.reversed()
        }
    }

    init(entries: [(path: String, status: SystemCalls.FileStatus)]) {
        self.entries = entries
    }

    /// The digest of every entry's path and status, in walk order.
    public var digest: StableDigest {
        var hasher = StableHasher()
        for (path, status) in entries {
            hasher.combine(path)
            hasher.combine(status)
        }
        return hasher.finalize()
    }

    /// The latest change (ctime) of any entry, in nanoseconds since 1970.
    public var latestChange: Int64 { entries.lazy.map(\.status.changed).max() ?? .min }

    /// Whether this state, taken after a run, differs from `before` only where the run wrote: every
    /// path but those in `written` (files the run wrote or removed) is as it was, but for directories
    /// (whose times move with what they hold) and the temporary files of interrupted runs, which a run
    /// removes. Without `before` (the run made the directory), only directories and `written` may be
    /// there. Anything else was changed by someone else while the run went on.
    public func differsOnly(in written: Set<String>, from before: TreeState?) -> Bool {
        var old: [String: SystemCalls.FileStatus] = [:]
        for (path, status) in before?.entries ?? [] { old[path] = status }
        for (path, status) in entries {
            let previous = old.removeValue(forKey: path)
            if written.contains(path) || (status.kind == .directory && (previous == nil || previous?.kind == .directory)) { continue }
            guard previous == status else { return false }
        }
        // What is gone: only what the run removed.
        return old.allSatisfy { path, status in
            written.contains(path) || status.kind == .directory || Siblings.isAbandonedTemporary(OutputTarget.lastComponent(path))
        }
    }
}
