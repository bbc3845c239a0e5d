import CGraphvizWorker

/// One `stackcat __graphviz-worker` process (see CGraphvizWorker), asked for one graph at a time over a
/// socket: a frame is the length in decimal, a newline and the bytes; "x" instead of a length means the
/// worker could not draw the graph.
final class GraphvizWorker {
    private let pid: Int32
    private let socket: Int32
    /// What has been read: `buffer[start..<end]` is not taken yet. It grows to the largest answer and
    /// is reused from one answer to the next.
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0, end = 0
    /// False once the worker has gone or broken the protocol: ask it nothing more.
    private(set) var isAlive = true
    /// True once a graph took longer than its budget and the worker was killed for it.
    private(set) var timedOut = false
    /// When the graph being drawn must be done; nil: no limit.
    private var deadline: ContinuousClock.Instant?

    init?() {
        guard let (pid, socket) = SystemCalls.spawnConnected("/proc/self/exe", arguments: [STACKCAT_GRAPHVIZ_WORKER_ARGUMENT])
        else { return nil }
        self.pid = pid
        self.socket = socket
    }

    /// The SVG of one graph, or nil if the worker could not draw it or it took longer than `budget`:
    /// the worker is killed then (`timedOut`), since Graphviz cannot be interrupted otherwise.
    func draw(_ graph: String, within budget: Duration? = nil) -> String? {
        guard isAlive else { return nil }
        deadline = budget.map { ContinuousClock.now + $0 }
        var frame = "\(graph.utf8.count)\n" + graph
        let sent = frame.withUTF8 { SystemCalls.sendAll(socket, UnsafeRawBufferPointer($0)) }
        guard sent, let header = line() else { return fail() }
        if header == "x" { return nil }
        guard let length = Int(header), length >= 0, let bytes = take(length) else { return fail() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Closes the socket, which ends the worker, and waits for it; returns its exit status.
    @discardableResult
    func finish() -> Int32 {
        SystemCalls.close(socket)
        return SystemCalls.waitForExit(pid)
    }

    private func fail() -> String? {
        isAlive = false
        return nil
    }

    /// Kills the worker, which is laying out a graph past its deadline.
    private func expire() -> Bool {
        timedOut = true
        SystemCalls.killNow(pid)
        return false
    }

    /// The next line of the answer, without its newline (at most 20 bytes: a length or "x").
    private func line() -> String? {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return String(decoding: buffer[start..<newline], as: UTF8.self)
            }
            guard end - start <= 20, fill() else { return nil }
        }
    }

    /// The next `count` bytes of the answer.
    private func take(_ count: Int) -> ArraySlice<UInt8>? {
        while end - start < count {
            guard fill() else { return nil }
        }
        defer { start += count }
        return buffer[start..<start + count]
    }

    /// Reads more of the answer after what is in the buffer, making room first (moving what is not
    /// taken to the front, or doubling the buffer); false at the answer's end.
    private func fill() -> Bool {
        if start == end {
            start = 0
            end = 0
        } else if end == buffer.count && start > 0 {
            buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + start, byteCount: end - start) }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer += repeatElement(0, count: buffer.count) }
        if let deadline, !SystemCalls.waitReadable(socket, until: deadline) { return expire() }
        let n = buffer.withUnsafeMutableBytes { SystemCalls.readSome(socket, into: UnsafeMutableRawBufferPointer(rebasing: $0[end...])) }
        guard n > 0 else { return false }
        end += n
        return true
    }
}
