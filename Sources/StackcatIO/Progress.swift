/// "docs: 120/2413" on a terminal's standard error; nothing when standard error is not a terminal.
/// Workers on several threads advance it; a mutex keeps the count and the line whole.
public final class Progress: @unchecked Sendable {
    public let total: Int
    public let label: String
    public let unit: String
    public let enabled: Bool
    private var done = 0
    private var lastShown = -1
    private let lock = SystemCalls.Lock()

    public init(total: Int, label: String, unit: String = "files") {
        self.total = total
        self.label = label
        self.unit = unit
        self.enabled = total >= 100 && SystemCalls.isTerminal(SystemCalls.standardError)
    }

    public func advance() {
        guard enabled else { return }
        lock.withLock {
            done += 1
            let percent = done * 100 / max(1, total)
            if percent != lastShown {
                lastShown = percent
                _ = SystemCalls.writeAll(SystemCalls.standardError, "\r\(label): \(done)/\(total) \(unit)")
            }
        }
    }

    public func finish() {
        if enabled { _ = SystemCalls.writeAll(SystemCalls.standardError, "\r\u{1B}[K") }
    }
}
