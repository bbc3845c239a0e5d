/// What is at a path, without following a final symbolic link.
public enum FileState {
    case missing
    case file(String)
    case other(String)

    public enum Kind { case missing, file, directory, symlink, other }

    public static func kind(_ path: String) -> Kind {
        switch SystemCalls.kind(of: path, followingLinks: false) {
        case .missing: return .missing
        case .file: return .file
        case .directory: return .directory
        case .symbolicLink: return .symlink
        case .other: return .other
        }
    }

    /// What is at a path once every symbolic link is followed (`.missing` for a dangling one).
    public static func kind(following path: String) -> Kind {
        switch SystemCalls.kind(of: path, followingLinks: true) {
        case .missing: return .missing
        case .file: return .file
        case .directory: return .directory
        case .symbolicLink: return .symlink
        case .other: return .other
        }
    }

    public static func of(_ path: String) -> FileState {
        switch kind(path) {
        case .missing: return .missing
        case .directory: return .other("a directory")
        case .symlink: return .other("a symbolic link")
        case .other: return .other("not a regular file")
        case .file:
            guard case .success(let bytes) = SystemCalls.readFile(path) else { return .other("unreadable") }
            return .file(String(decoding: bytes, as: UTF8.self))
        }
    }

    public static func realPath(_ path: String) -> String? {
        SystemCalls.realPath(path)
    }

    /// Names in a directory, without dot files, sorted by their UTF-8 bytes unless the caller sorts
    /// them itself.
    public static func entries(of directory: String, sorted: Bool = true) -> [String] {
        let names = SystemCalls.visibleEntries(of: directory)
        return sorted ? names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } : names
    }

    /// Whether the path is a directory or a symbolic link to one.
    public static func isDirectory(_ path: String) -> Bool {
        SystemCalls.kind(of: path, followingLinks: true) == .directory
    }

    public static func currentDirectory() -> String {
        SystemCalls.currentDirectory() ?? "."
    }

    /// The bytes of the regular file `path` names, refusing anything else with the messages of
    /// `docs --inject` and `import landscape`.
    public static func readRegularFile(_ path: String) throws(IOFailure) -> [UInt8] {
        switch kind(path) {
        case .file: break
        case .missing: throw IOFailure("\(path) does not exist")
        case .directory: throw IOFailure("\(path) is a directory")
        case .symlink: throw IOFailure("\(path) is a symbolic link")
        case .other: throw IOFailure("\(path) is not a regular file")
        }
        return try read(path)
    }

    /// The bytes of the file at `path` (following links), reading nothing when it is larger than
    /// `limit` bytes (its size is checked before it is read), or why not.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], SystemCalls.ReadError> {
        SystemCalls.readFile(path, maxSize: limit)
    }

    /// The files under `directory` whose names end in one of `suffixes`, depth first and sorted,
    /// never following a symbolic link that leads outside `root` (a resolved path).
    public static func files(under directory: String, root: String, suffixes: [String]) -> [String] {
        var out: [String] = []
        var pending = [directory]
        var visited: Set<String> = []
        while let current = pending.popLast() {
            guard let real = realPath(current), visited.insert(real).inserted else { continue }
            var subdirectories: [String] = []
            for name in entries(of: current) {
                let path = current + "/" + name
                if kind(path) == .symlink {
                    guard let target = realPath(path), target == root || target.hasPrefix(root + "/") else { continue }
                }
                if isDirectory(path) {
                    subdirectories.append(path)
                } else if suffixes.contains(where: { name.hasSuffix($0) }) {
                    out.append(path)
                }
            }
            pending += subdirectories.reversed()
        }
        return out
    }

    /// The bytes of the file at `path` (following links), or why not as "cannot read PATH: REASON".
    public static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        switch SystemCalls.readFile(path) {
        case .success(let bytes): return bytes
        case .failure(let error): throw IOFailure("cannot read \(path): \(error.reason)")
        }
    }
}
