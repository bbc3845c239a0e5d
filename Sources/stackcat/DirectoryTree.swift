import StackcatIO
import StackcatCore

/// Everything under a directory, found in one walk that never follows a symbolic link: relative
/// paths, each directory before what it holds.
struct DirectoryTree {
    let root: String
    private(set) var entries: [(path: String, kind: SystemCalls.FileKind)] = []
    private var kinds: [String: SystemCalls.FileKind] = [:]

    init(walking root: String) throws {
        self.root = root
        var pending = [""]
        while let directory = pending.popLast() {
            let full = directory.isEmpty ? root : root + "/" + directory
            guard let names = SystemCalls.entries(of: full) else { throw IOFailure("cannot read the directory \(full)") }
            for (name, kind) in names.sorted(by: { $0.name.utf8Precedes($1.name) }) {
                let relative = directory.isEmpty ? name : directory + "/" + name
                entries.append((relative, kind))
                kinds[relative] = kind
                if kind == .directory { pending.append(relative) }
            }
        }
    }

    /// What is at a relative path; `.missing` when the walk did not see it.
    func kind(_ relative: String) -> SystemCalls.FileKind { kinds[relative] ?? .missing }

    /// The regular files, relative.
    var files: [String] { entries.compactMap { $0.kind == .file ? $0.path : nil } }

    /// What a generated file's path holds, read when it is a regular file.
    func existing(_ relative: String) -> GeneratedTreePlan.Existing {
        switch kind(relative) {
        case .missing: return .missing
        case .directory: return .other(.directory)
        case .symbolicLink: return .other(.symbolicLink)
        case .other: return .other(.other)
        case .file:
            switch SystemCalls.readFile(root + "/" + relative) {
            case .success(let bytes): return .file(String(decoding: bytes, as: UTF8.self))
            case .failure(let error): return .unreadable(error.reason)
            }
        }
    }

    /// The first directory on the way to a relative path that exists and is not a directory.
    func blockingDirectory(of relative: String) -> (name: String, kind: GeneratedTreePlan.EntryKind)? {
        var prefix = ""
        for component in relative.split(separator: "/").dropLast() {
            prefix += (prefix.isEmpty ? "" : "/") + component
            switch kind(prefix) {
            case .directory: continue
            case .missing: return nil
            case .file: return (prefix, .file)
            case .symbolicLink: return (prefix, .symbolicLink)
            case .other: return (prefix, .other)
            }
        }
        return nil
    }

    /// Removes a whole tree, depth first, never following a symbolic link; returns the first failure.
    static func remove(_ path: String) -> String? {
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
