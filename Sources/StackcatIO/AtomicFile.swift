/// Writes a file by writing a temporary file beside it and renaming it into place. A file being
/// replaced keeps its mode and, where permitted, its owner; other hard links to it keep the old
/// contents (an atomic replace gives the path a new file).
public enum AtomicFile {
    public static func write(_ contents: some FileContents, to path: String, within root: String) throws {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        try makeDirectories(directory.isEmpty ? "." : directory, within: root)
        if let error = writeFile(contents, to: path) { throw IOFailure(error) }
    }

    /// `write`, holding the lock that every writer of an output takes (`DirectoryLock`, beside the
    /// file), so that two runs writing one file (`export landscape --out`) exclude each other.
    public static func write(_ contents: some FileContents, to path: String, within root: String, lockingAs command: String) throws {
        let directory = OutputTarget.parent(of: path)
        try makeDirectories(directory, within: root)
        let lock = try DirectoryLock(beside: path, command: command, directory: path)
        defer { lock.release() }
        if let error = writeFile(contents, to: path) { throw IOFailure(error) }
    }

    /// Writes the file through a temporary name in its directory, which must exist; returns an error message.
    public static func writeFile(_ contents: some FileContents, to path: String) -> String? {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let temporary = (directory.isEmpty ? "." : directory) + "/" + temporaryName(for: path.split(separator: "/").last.map(String.init) ?? "file")
        let old = SystemCalls.attributes(of: path)
        let replaced = old?.kind == .file
        if let error = createFile(contents, at: temporary, like: replaced ? old : nil, extendedAttributesOf: replaced ? path : nil) { return error }
        // No fsync: rename makes the swap atomic for an interrupted run, which is the promise; an
        // fsync per file would make writing 100,000 pages many times slower.
        if let error = SystemCalls.rename(temporary, to: path) {
            _ = SystemCalls.removeFile(temporary)
            return "cannot write \(path): \(error.message)"
        }
        return nil
    }

    /// Creates a file that must not exist yet and writes the contents, with the mode and (where
    /// permitted) owner of `like`, the file it replaces, and the ACL and extended attributes of the file
    /// at `extendedAttributesOf`; on failure removes it and returns an error message.
    public static func createFile(
        _ contents: some FileContents, at path: String, like: SystemCalls.FileAttributes? = nil,
        extendedAttributesOf source: String? = nil
    ) -> String? {
        let fd: Int32
        switch SystemCalls.createFile(path) {
        case .success(let opened): fd = opened
        case .failure(let error): return "cannot write \(path): \(error.message)"
        }
        var failed: SystemCalls.Failure? = nil
        if let like { failed = SystemCalls.apply(like, to: fd) }
        if failed == nil, let source { SystemCalls.copyExtendedAttributes(of: source, to: fd) }
        if failed == nil { failed = contents.write(to: fd) }
        SystemCalls.close(fd)
        if let failed {
            _ = SystemCalls.removeFile(path)
            return "cannot write \(path): \(failed.message)"
        }
        return nil
    }

    /// Creates the directories of a path under `root`, refusing to go through a symbolic link.
    public static func makeDirectories(_ directory: String, within root: String) throws {
        var current = ""
        for component in directory.split(separator: "/", omittingEmptySubsequences: false) {
            current =
                current.isEmpty && directory.hasPrefix("/") && component.isEmpty
                ? "/" : (current.isEmpty ? String(component) : (current == "/" ? "/" + component : current + "/" + component))
            if component.isEmpty || component == "." { continue }
            let insideRoot = current.count > root.count && current.hasPrefix(root)
            switch FileState.kind(current) {
            case .directory: continue
            case .symlink where insideRoot:
                throw IOFailure("\(current) is a symbolic link; stackcat will not follow it out of \(root)")
            case .symlink: continue
            case .missing:
                if let error = SystemCalls.makeDirectory(current), !error.alreadyExists {
                    throw IOFailure("cannot create \(current): \(error.message)")
                }
            case .file, .other:
                throw IOFailure("\(current) is in the way: it is not a directory")
            }
        }
    }

    /// A name for the temporary file that will replace `name`: `.stackcat-<pid>-<random>-<name>`.
    /// The process id lets a later run recognise an abandoned one (`Siblings.isAbandonedTemporary`);
    /// the 64 random bits make it unguessable, and `createFile` opens it with `O_EXCL` anyway.
    public static func temporaryName(for name: String) -> String {
        ".stackcat-\(SystemCalls.processID)-\(randomSuffix())-\(name)"
    }

    /// 16 hexadecimal digits from the system's random source.
    public static func randomSuffix() -> String {
        let value = UInt64.random(in: .min ... .max)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
