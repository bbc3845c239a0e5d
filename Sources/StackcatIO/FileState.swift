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
            switch read(path, limit: largestGenerated) {
            case .success(let bytes): return .file(String(decoding: bytes, as: UTF8.self))
            case .failure(.tooLarge(let size)): return .other("\(size) bytes, larger than any file stackcat writes")
            case .failure: return .other("unreadable")
            }
        }
    }

    /// The largest file stackcat reads back from a directory it writes (to compare it, or to look
    /// for its marker): anything larger was not written by stackcat, and is not read.
    public static let largestGenerated = 256 << 20

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
    /// `docs --inject` and `import landscape`, and a file larger than `limit` with a message that names
    /// `flag`, the option that raises the limit.
    public static func readRegularFile(_ path: String, limit: Int, flag: String) throws(IOFailure) -> [UInt8] {
        switch kind(path) {
        case .file: break
        case .missing: throw IOFailure("\(path) does not exist")
        case .directory: throw IOFailure("\(path) is a directory")
        case .symlink: throw IOFailure("\(path) is a symbolic link")
        case .other: throw IOFailure("\(path) is not a regular file")
        }
        return try read(path, limit: limit, flag: flag)
    }

    /// The bytes of the file at `path` (following links), reading nothing when it is larger than
    /// `limit` bytes (its size is checked with `fstat` before it is read), or why not. Every file
    /// stackcat reads goes through here or `ConfinedTree` (the catalog), both with a limit.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], SystemCalls.ReadError> {
        SystemCalls.readFile(path, maxSize: limit)
    }

    /// `read(_:limit:)`, or why not as a message: "cannot read PATH: REASON", or for a file that is
    /// too large, its size, the limit and the option that raises it.
    public static func read(_ path: String, limit: Int, flag: String) throws(IOFailure) -> [UInt8] {
        switch read(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.tooLarge(let size)): throw IOFailure(tooLarge(path, size: size, limit: limit, flag: flag))
        case .failure(let error): throw IOFailure("cannot read \(path): \(error.reason)")
        }
    }

    /// "landscape.yml is 5368709120 bytes, more than --max-file-size 64M; raise --max-file-size to read it".
    public static func tooLarge(_ path: String, size: Int, limit: Int, flag: String) -> String {
        let measured = size > limit ? "\(size) bytes" : "larger than the limit"
        return "\(path) is \(measured), more than \(flag) \(sizeText(limit)); raise \(flag) to read it"
    }

    /// A size as `--max-file-size` takes it: `64M`, `1G`, `1500`.
    public static func sizeText(_ bytes: Int) -> String {
        for (unit, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size)\(unit)"
        }
        return String(bytes)
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
}
