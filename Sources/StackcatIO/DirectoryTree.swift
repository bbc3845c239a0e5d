/// Everything under a directory, found in one walk that never follows a symbolic link: relative
/// paths, each directory before what it holds.
public struct DirectoryTree: Sendable {
    public let root: String
    public private(set) var entries: [(path: String, kind: SystemCalls.FileKind)] = []
    private var kinds: [String: SystemCalls.FileKind] = [:]

    public init(walking root: String) throws(IOFailure) {
        self.root = root
        var pending = [""]
        while let directory = pending.popLast() {
            let full = directory.isEmpty ? root : root + "/" + directory
            guard let names = SystemCalls.entries(of: full) else { throw IOFailure("cannot read the directory \(full)") }
            for (name, kind) in names.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
                let relative = directory.isEmpty ? name : directory + "/" + name
                entries.append((relative, kind))
                kinds[relative] = kind
                if kind == .directory { pending.append(relative) }
            }
        }
    }

    /// What is at a relative path; `.missing` when the walk did not see it.
    public func kind(_ relative: String) -> SystemCalls.FileKind { kinds[relative] ?? .missing }

    /// The regular files, relative.
    public var files: [String] { entries.compactMap { $0.kind == .file ? $0.path : nil } }

    /// The text of the regular file at a relative path (never following a symbolic link), when it
    /// is at most `FileState.largestGenerated` bytes: a larger one was not written by stackcat.
    public func text(_ relative: String) -> Result<String, SystemCalls.ReadError> {
        guard kind(relative) == .file else { return .failure(.notRegularFile) }
        return FileState.read(root + "/" + relative, limit: FileState.largestGenerated).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first directory on the way to a relative path that exists and is not a directory.
    public func blockingDirectory(of relative: String) -> (name: String, kind: SystemCalls.FileKind)? {
        var prefix = ""
        for component in relative.split(separator: "/").dropLast() {
            prefix += (prefix.isEmpty ? "" : "/") + component
            switch kind(prefix) {
            case .directory: continue
            case .missing: return nil
            case let other: return (prefix, other)
            }
        }
        return nil
    }

    /// Removes a whole tree, depth first, never following a symbolic link; returns the first failure.
    public static func remove(_ path: String) -> String? {
        guard let names = SystemCalls.entries(of: path) else { return "cannot read the directory \(path)" }
        for (name, kind) in names {
            let full = path + "/" + name
            if kind == .directory {
                if let error = remove(full) { return error }
            } else if let error = SystemCalls.removeFile(full) {
                return "cannot remove \(full): \(error.message)"
            }
        }
        if let error = SystemCalls.removeDirectory(path) { return "cannot remove \(path): \(error.message)" }
        return nil
    }
}
