import StackcatIO
import StackcatCore

/// The lock that keeps two runs from writing one output directory at once: a `flock` on
/// `.stackcat-<name>.lock` beside the directory, whatever the command (`docs` and `site` into one
/// directory exclude each other too). A second run fails at once rather than
/// waiting (in CI a wait would only hide two jobs racing for one directory); the kernel releases the
/// lock of a killed run, and the file is removed on release.
struct DirectoryLock {
    let path: String
    private let fd: Int32

    init(beside target: String, command: String, directory: String) throws {
        path = Siblings(of: target, command: command).lock
        switch SystemCalls.lock(path) {
        case .success(let fd): self.fd = fd
        case .failure(let error) where error.isBusy:
            throw IOFailure("another stackcat run is writing into \(directory) (it holds \(path)); try again when it has finished")
        case .failure(let error):
            throw IOFailure("cannot create the lock file \(path): \(error.message)")
        }
    }

    func release() { SystemCalls.unlock(fd, at: path) }
}

/// The hidden names a run uses beside its output directory (`parent/name`).
struct Siblings {
    let parent: String
    let name: String
    let command: String

    init(of target: String, command: String) {
        parent = OutputTarget.parent(of: target)
        name = OutputTarget.lastComponent(target)
        self.command = command
    }

    private var prefix: String { (parent == "/" ? "" : parent) + "/" }
    var lock: String { prefix + ".stackcat-\(name).lock" }
    /// Where a run builds the new tree; after the swap it holds the old one until removed.
    var staging: String { prefix + ".stackcat-\(command)-\(SystemCalls.processID)-\(name)" }
    /// Where the two-step fallback moves the old tree between its two renames.
    var aside: String { prefix + ".stackcat-\(command)-old-\(SystemCalls.processID)-\(name)" }

    /// Whether an entry of the parent is a staging (`old: false`) or aside directory of any run.
    func matches(_ entry: String, old: Bool) -> Bool {
        let start = ".stackcat-\(command)-" + (old ? "old-" : "")
        guard entry.hasPrefix(start) else { return false }
        let rest = entry.utf8.dropFirst(start.utf8.count)
        let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return !digits.isEmpty && String(decoding: rest.dropFirst(digits.count), as: UTF8.self) == "-" + name
    }

    /// Whether a name inside the tree is the temporary file of an interrupted write (`.stackcat-<pid>-page`)
    /// whose process is gone.
    static func isAbandonedTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".stackcat-") else { return false }
        let digits = name.utf8.dropFirst(".stackcat-".utf8.count).prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, let pid = Int32(String(decoding: digits, as: UTF8.self)) else { return false }
        return name.utf8.dropFirst(".stackcat-".utf8.count + digits.count).first == UInt8(ascii: "-") && !SystemCalls.processExists(pid)
    }
}
