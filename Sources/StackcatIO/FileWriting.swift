/// Creates a set of new files and directories, and removes every one of them again if any step fails,
/// so that `init` and `new` leave either everything or nothing. Nothing that existed before is
/// overwritten: files are created with `O_EXCL` (through `AtomicFile.createFile`).
public final class FileWriting {
    private var createdFiles: [String] = []
    private var createdDirectories: [String] = []

    public init() {}

    /// Creates `path` and any missing parents; records the ones it made.
    public func makeDirectories(_ path: String) throws(WriteError) {
        var current = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") where component != "." {
            current += (current.isEmpty || current == "/" ? "" : "/") + component
            switch FileState.kind(current) {
            case .directory: continue
            case .symlink where FileState.isDirectory(current): continue
            case .missing:
                if let failure = SystemCalls.makeDirectory(current) { throw WriteError("cannot create \(current): \(failure.message)") }
                createdDirectories.append(current)
            default:
                throw WriteError("\(current) is in the way: it is not a directory")
            }
        }
    }

    /// Writes a new file, creating its directory first.
    public func createFile(_ contents: String, at path: String) throws(WriteError) {
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex { try makeDirectories(String(path[..<slash])) }
        if let error = AtomicFile.createFile(contents, at: path) { throw WriteError(error) }
        createdFiles.append(path)
    }

    /// Moves a directory this writer made into place; `to` may be an empty directory, which it replaces.
    public func moveDirectory(_ from: String, to: String) throws(WriteError) {
        if let failure = SystemCalls.rename(from, to: to) { throw WriteError("cannot move \(from) to \(to): \(failure.message)") }
        let prefix = from + "/"
        createdFiles = createdFiles.map { $0.hasPrefix(prefix) ? to + "/" + $0.dropFirst(prefix.count) : $0 }
        createdDirectories = createdDirectories.map { $0 == from ? to : $0.hasPrefix(prefix) ? to + "/" + $0.dropFirst(prefix.count) : $0 }
    }

    /// Removes what this writer created, newest first.
    public func rollBack() {
        for file in createdFiles.reversed() { _ = SystemCalls.removeFile(file) }
        for directory in createdDirectories.reversed() { _ = SystemCalls.removeDirectory(directory) }
        createdFiles = []
        createdDirectories = []
    }

    /// Whether a directory holds nothing at all, hidden entries included.
    public static func isEmptyDirectory(_ path: String) -> Bool {
        SystemCalls.entries(of: path)?.isEmpty ?? false
    }

    public static var processID: Int32 { SystemCalls.processID }

    /// The last second of 9999-12-31: dates are written YYYY-MM-DD, so later ones cannot be.
    public static let latestSecond: Int64 = 253_402_300_799

    /// Seconds since 1970 from `SOURCE_DATE_EPOCH` when set (reproducible output), else the clock. A
    /// value that is not a whole number of seconds from 0 to the end of year 9999 is an error: read
    /// as a date it would silently turn checks such as `--max-age` off.
    public static func secondsSince1970() throws(IOFailure) -> Int64 {
        if let text = SystemCalls.environmentVariable("SOURCE_DATE_EPOCH"), !text.isEmpty {
            guard let fixed = Int64(text), (0...latestSecond).contains(fixed) else {
                let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
                throw IOFailure(
                    "SOURCE_DATE_EPOCH is '\(shown.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined())', "
                        + "not a number of seconds since 1970 from 0 to \(latestSecond) (9999-12-31); fix it or unset it")
            }
            return fixed
        }
        return SystemCalls.secondsSince1970()
    }

    public struct WriteError: Error {
        public var message: String
        public init(_ message: String) { self.message = message }
    }
}
