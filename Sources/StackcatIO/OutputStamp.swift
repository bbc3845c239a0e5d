/// A record that a generated directory is exactly as a run left it, so that a rerun with the same
/// inputs skips rendering, as make and ninja do. It holds the run's `key` (a digest of everything the
/// output depends on: the program, the command and its options, the bytes of every input file, which
/// the caller makes) and the digest of the directory's `TreeState` once the run was done. When both
/// still hold, a full run would find every file unchanged and nothing to remove, so the rerun may say
/// so without rendering. Any doubt (no stamp, an unreadable or corrupt one, another key, any file or
/// directory whose status changed) means a full run, which writes a new stamp.
///
/// The stamp is a small text file, a version line first, kept outside the directory (users commit
/// their docs, and `--check` and git must not see it); deleting it is always safe. It is only an
/// optimisation: when it cannot be read or written, the run goes on as without it.
public struct OutputStamp: Sendable {
    /// Where stamps are kept: `stamps/` of the cache.
    public let cache: CacheDirectory
    /// The generated directory, resolved (absolute, without symbolic links).
    public let directory: String
    public let key: StableDigest
    /// The stamp file's name: the command and a digest of the directory's path.
    public let name: String

    public init(cache: CacheDirectory, directory: String, command: String, key: StableDigest) {
        self.cache = cache
        self.directory = directory
        self.key = key
        name = command + "-" + StableHasher.digest(directory).hex
    }

    static let subdirectory = "stamps"

    /// The stamp file.
    public var path: String { cache.path + "/" + Self.subdirectory + "/" + name }

    static let versionLine = "stackcat output stamp 1\n"
    /// More than any stamp holds (its directory's path, escaped, is the longest part): a longer file
    /// is not one of ours, and is not read.
    static let largest = 16 << 10

    var header: String { Self.versionLine + "key \(key.hex)\ndirectory \(Self.escaped(directory))\n" }

    func text(_ tree: TreeState) -> String {
        header + "tree \(tree.digest.hex) \(tree.entries.count)\n"
    }

    /// Whether the stamp says that the directory is as a run with this key left it. When the key
    /// matched, `walked` is the directory's state, which a full run can start from.
    public func matches() -> (matches: Bool, walked: TreeState?) {
        guard case .success(let bytes) = SystemCalls.readFile(path, maxSize: Self.largest),
            bytes.starts(with: header.utf8),
            let tree = TreeState(walking: directory)
        else { return (false, nil) }
        return (bytes.elementsEqual(text(tree).utf8), tree)
    }

    /// Records that the directory is as this run left it: when its state (`after`) differs from the
    /// one the run started from (`before`, nil for a directory the run made) only in what the run
    /// `wrote` or removed, and once the file system's clock (`clock`: a file on the directory's file
    /// system touched) has moved past every change in it, so that any later change to any file gives
    /// it another ctime. Otherwise the old stamp is removed. The stamps of directories that are gone,
    /// and the temporary files of interrupted writes, are removed on the way. Never fails: a stamp
    /// that cannot be written only means a full run next time.
    public func record(wrote written: Set<String>, before: TreeState?, clock: () -> Int64?) {
        guard let after = TreeState(walking: directory), after.differsOnly(in: written, from: before), Self.settled(after, clock: clock),
            let stamps = try? cache.prepare(Self.subdirectory)
        else {
            remove()
            return
        }
        for (entry, kind) in SystemCalls.entries(of: stamps) ?? [] where kind == .file && entry != name {
            if Siblings.isAbandonedTemporary(entry) || Self.directory(ofStamp: stamps + "/" + entry).map({ FileState.kind($0) == .missing }) == true {
                _ = SystemCalls.removeFile(stamps + "/" + entry)
            }
        }
        if AtomicFile.writeFile(text(after), to: path) != nil { remove() }
    }

    /// The directory a stamp file names, when it is one.
    static func directory(ofStamp path: String) -> String? {
        guard case .success(let bytes) = SystemCalls.readFile(path, maxSize: largest), bytes.starts(with: versionLine.utf8) else { return nil }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let prefix = Array("directory ".utf8)
        guard lines.count > 2, lines[2].starts(with: prefix) else { return nil }
        return unescaped(lines[2].dropFirst(prefix.count))
    }

    /// The path with `%`, control characters and DEL as `%XX`, so that it stays on one line.
    static func escaped(_ path: String) -> String {
        var out: [UInt8] = []
        for byte in path.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") {
                out += Array("%".utf8) + Array(StableDigest.hex(UInt64(byte)).suffix(2).utf8)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unescaped(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 3 <= bytes.endIndex,
                    let value = UInt8(String(decoding: bytes[(index + 1)..<(index + 3)], as: UTF8.self), radix: 16)
                else { return nil }
                out.append(value)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the file system's clock is past every change in `tree`, waiting up to about 50 ms for
    /// it: file systems stamp changes with a coarse clock (a tick of a few milliseconds on Linux), and a
    /// change made within the tick of the one before it leaves the ctime as it was. Once the clock has
    /// moved on, any change gives a new ctime. A run waits for this before it reads the directory (a
    /// change after the wait shows; one before it is what the run reads) and before it records a stamp.
    public static func settled(_ tree: TreeState, clock: () -> Int64?) -> Bool {
        let latest = tree.latestChange
        for attempt in 0..<50 {
            guard let now = clock() else { return false }
            if now > latest { return true }
            if attempt < 49 { SystemCalls.pause(milliseconds: 1) }
        }
        return false
    }

    public func remove() {
        _ = SystemCalls.removeFile(path)
    }
}
