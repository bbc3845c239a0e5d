/// The hidden names a run uses beside its output directory (`parent/name`). The staging and aside
/// names carry the process id, so that a later run can tell them from another command's, and 64
/// random bits, so that nobody can guess them in advance.
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
    /// Where a run builds the new tree; after the swap it holds the old one until removed.
    public var staging: String { prefix + ".stackcat-\(command)-\(token)-\(name)" }
    /// Where the two-step fallback moves the old tree between its two renames.
    public var aside: String { prefix + ".stackcat-\(command)-old-\(token)-\(name)" }

    /// Whether an entry of the parent is a staging (`old: false`) or aside directory of any run:
    /// `.stackcat-<command>-[old-]<pid>[-<random>]-<name>`.
    public func matches(_ entry: String, old: Bool) -> Bool {
        let start = ".stackcat-\(command)-" + (old ? "old-" : "")
        guard entry.hasPrefix(start) else { return false }
        var rest = entry.utf8.dropFirst(start.utf8.count)
        let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty else { return false }
        rest = rest.dropFirst(digits.count)
        let tail = "-" + name
        if String(decoding: rest, as: UTF8.self) == tail { return true }
        let random = rest.dropFirst().prefix { Self.isHexDigit($0) }
        return rest.first == UInt8(ascii: "-") && random.count == 16
            && String(decoding: rest.dropFirst(1 + random.count), as: UTF8.self) == tail
    }

    /// Whether a name inside the tree is the temporary file of an interrupted write
    /// (`.stackcat-<pid>-...`, see `AtomicFile.temporaryName`) whose process is gone.
    public static func isAbandonedTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".stackcat-") else { return false }
        let digits = name.utf8.dropFirst(".stackcat-".utf8.count).prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, let pid = Int32(String(decoding: digits, as: UTF8.self)) else { return false }
        return name.utf8.dropFirst(".stackcat-".utf8.count + digits.count).first == UInt8(ascii: "-") && !SystemCalls.processExists(pid)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }
}
