import StackcatIO
import StackcatCore

/// "docs: 120/2413" on a terminal's standard error; nothing when standard error is not a terminal.
/// Workers on several threads advance it; a mutex keeps the count and the line whole.
final class Progress: @unchecked Sendable {
    let total: Int
    let label: String
    let unit: String
    let enabled: Bool
    private var done = 0
    private var lastShown = -1
    private let lock = SystemCalls.Lock()

    init(total: Int, label: String, unit: String = "files") {
        self.total = total
        self.label = label
        self.unit = unit
        self.enabled = total >= 100 && Terminal.isTerminal(2)
    }

    func advance() {
        guard enabled else { return }
        lock.withLock {
            done += 1
            let percent = done * 100 / max(1, total)
            if percent != lastShown {
                lastShown = percent
                Terminal.writeError("\r\(label): \(done)/\(total) \(unit)")
            }
        }
    }

    func finish() {
        if enabled { Terminal.writeError("\r\u{1B}[K") }
    }
}
