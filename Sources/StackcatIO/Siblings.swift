/// The hidden names a run uses beside its output directory (`parent/name`): the lock file, and the
/// staging directory where a new directory is built. The staging name carries the process id and
/// 64 random bits, so that nobody can guess it in advance; but a directory is ours because of the
/// marker file we wrote into it (`marker`, naming the same process and random bits), never because
/// of its name alone: a directory that only looks like ours is left alone.
public struct Siblings: Sendable {
    public let parent: String
    public let name: String
    public let command: String
    private let token: String

    public init(of target: String, command: String) {
        parent = OutputTarget.parent(of: target)
        name = OutputTarget.lastComponent(target)
        self.command = command
        token = "\(SystemCalls.processID)-\(AtomicFile.randomSuffix())"
    }

    private var prefix: String { (parent == "/" ? "" : parent) + "/" }
    public var lock: String { prefix + ".stackcat-\(name).lock" }
    /// Where a run builds a new directory before renaming it into place.
    public var staging: String { prefix + ".stackcat-\(command)-\(token)-\(name)" }

    /// The name of the marker file inside a staging directory.
    public static let markerName = ".stackcat-staging"
    /// What the marker file of this run's staging directory holds.
    public var marker: String { Self.marker(token: token) }

    static func marker(token: String) -> String { "stackcat staging directory \(token)\n" }

    /// The process and random bits of a staging (`old: false`) or, as an older stackcat named it,
    /// aside directory (`old: true`) of any run: `.stackcat-<command>-[old-]<pid>-<random>-<name>`;
    /// nil for any other name.
    public func token(of entry: String, old: Bool) -> (pid: Int32, token: String)? {
        let start = ".stackcat-\(command)-" + (old ? "old-" : "")
        let tail = "-" + name
        guard entry.hasPrefix(start), entry.hasSuffix(tail), entry.utf8.count > start.utf8.count + tail.utf8.count else { return nil }
        let middle = String(entry.dropFirst(start.count).dropLast(tail.count))
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard let digits = parts.first, let pid = Int32(digits), pid > 0 else { return nil }
        guard parts.count == 1 || (parts.count == 2 && parts[1].utf8.count == 16 && parts[1].utf8.allSatisfy(Self.isHexDigit)) else { return nil }
        return (pid, middle)
    }

    /// Whether an entry of the parent is named like a staging (`old: false`) or aside directory.
    public func matches(_ entry: String, old: Bool) -> Bool { token(of: entry, old: old) != nil }

    /// Whether a staging directory `entry` of the parent holds the marker that its run wrote: a regular
    /// file whose contents name the process and random bits of the directory's name.
    public func isMarked(_ entry: String) -> Bool {
        guard let (_, token) = token(of: entry, old: false) else { return false }
        let path = prefix + entry + "/" + Self.markerName
        guard SystemCalls.attributes(of: path)?.kind == .file,
            case .success(let bytes) = SystemCalls.readFile(path, maxSize: 256)
        else { return false }
        return bytes == Array(Self.marker(token: token).utf8)
    }

    /// Whether a name inside the tree is the temporary file of an interrupted write whose process is
    /// gone: `.stackcat-<pid>-<16 hexadecimal digits>-<name>`, as `AtomicFile.temporaryName` makes them.
    public static func isAbandonedTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".stackcat-") else { return false }
        let parts = name.dropFirst(".stackcat-".count).split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let pid = Int32(parts[0]), pid > 0, parts[1].utf8.count == 16, parts[1].utf8.allSatisfy(isHexDigit),
            !parts[2].isEmpty
        else { return false }
        return !SystemCalls.processExists(pid)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }
}
