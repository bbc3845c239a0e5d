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
    /// The stamp file's name there.
    public let name: String
    public let key: StableDigest

    public init(cache: CacheDirectory, name: String, key: StableDigest) {
        self.cache = cache
        self.name = name
        self.key = key
    }

    static let subdirectory = "stamps"

    /// The stamp file.
    public var path: String { cache.path + "/" + Self.subdirectory + "/" + name }

    static let versionLine = "stackcat output stamp 1\n"
    /// More than any stamp holds: a longer file is not one of ours, and is not read.
    static let largest = 4096

    var header: String { Self.versionLine + "key \(key.hex)\n" }

    func text(_ tree: TreeState) -> String {
        header + "tree \(tree.digest.hex) \(tree.entries.count)\n"
    }

    /// Whether the stamp says that `target` is as a run with this key left it. When the key matched,
    /// `walked` is the directory's state, which a full run can start from.
    public func matches(_ target: String) -> (matches: Bool, walked: TreeState?) {
        guard case .success(let bytes) = SystemCalls.readFile(path, maxSize: Self.largest),
            bytes.starts(with: header.utf8),
            let tree = TreeState(walking: target)
        else { return (false, nil) }
        return (bytes.elementsEqual(text(tree).utf8), tree)
    }

    /// Records that `target` is as this run left it: when its state (`after`) differs from the one
    /// the run started from (`before`, nil for a directory the run made) only in what the run `wrote`
    /// or removed, and once the file system's clock (`clock`: a file on the directory's file system
    /// touched) has moved past every change in it, so that any later change to any file gives it
    /// another ctime. Otherwise the old stamp is removed. Never fails: a stamp that cannot be written
    /// only means a full run next time.
    public func record(_ target: String, wrote written: Set<String>, before: TreeState?, clock: () -> Int64?) {
        guard let after = TreeState(walking: target), after.differsOnly(in: written, from: before), Self.settled(after, clock: clock) else {
            remove()
            return
        }
        guard let directory = try? cache.prepare(Self.subdirectory) else {
            remove()
            return
        }
        for (name, kind) in SystemCalls.entries(of: directory) ?? [] where kind == .file && Siblings.isAbandonedTemporary(name) {
            _ = SystemCalls.removeFile(directory + "/" + name)
        }
        if AtomicFile.writeFile(text(after), to: path) != nil { remove() }
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
