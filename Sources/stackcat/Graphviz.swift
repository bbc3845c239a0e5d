import StackcatIO
import CGraphvizWorker
import StackcatCore

/// Draws DOT graphs as SVG with Graphviz.
///
/// Graphs whose measured text is all ASCII go to stackcat's own Graphviz workers (`CGraphvizWorker`):
/// one process per core that loads libgvc once and lays out one graph after another, reading each with
/// IDs of its own so that its SVG depends on its DOT alone, at about a fifteenth of what a `dot` process
/// per graph costs. They measure text with Graphviz's built-in metrics, which are tables of ASCII
/// widths, so a graph with a label in any other character, and any graph a worker could not draw (no
/// libgvc.so.6, a Graphviz error), is drawn by a `dot` process of its own, on every core.
struct Graphviz: Sendable {
    let executable: String
    /// The workers, kept from one call of `draw` to the next (the site renders its pages in batches).
    let workers = GraphvizWorkerPool()

    init(_ executable: String) {
        self.executable = executable
    }

    /// Ends the workers.
    func finish() {
        workers.finish()
    }

    /// A graph to draw: its DOT, and whether every text Graphviz measures in it (labels, not tooltips
    /// or links) is ASCII, which the workers' metrics need (`DOTFormat.measuresOnlyASCII`).
    struct Source: Sendable {
        let dot: String
        let measuresOnlyASCII: Bool
    }

    /// The SVG of each graph, nil where there is no graph or Graphviz failed (`dot` reports why).
    /// One task per core drives a worker, taking the next graph whenever it is done with one, largest
    /// DOT first: one slow graph (a large overview) then holds up one worker while the others share
    /// the rest. Graphs for `dot` run beside them on a task of their own, and graphs that the workers
    /// could not draw go to `dot` afterwards.
    func draw(_ sources: [Source?]) -> [String?] {
        var workerGraphs: [Int] = [], dotGraphs: [Int] = []
        for (index, source) in sources.enumerated() {
            guard let source else { continue }
            if source.measuresOnlyASCII { workerGraphs.append(index) } else { dotGraphs.append(index) }
        }
        let graphs = sources.map { $0?.dot }
        let sizes = graphs.map { $0?.utf8.count ?? 0 }
        workerGraphs.sort { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let forWorkers = workerGraphs, forDot = dotGraphs
        let queue = WorkQueue(count: forWorkers.count)
        let pool = self.workers
        let workers = pool.isUsable ? min(SystemCalls.processorCount, forWorkers.count) : 0
        let executable = executable
        let parts = Parallel.fold(workers + 1, threshold: 1, initial: { [(Int, String)]() }) { out, task in
            guard task < workers else {
                for index in forDot { if let svg = Graphviz.run(executable, graphs[index]!, tag: index) { out.append((index, svg)) } }
                return
            }
            // A worker is taken before any graph, so that no graph is taken without one to draw it.
            var worker = queue.isEmpty ? nil : pool.take()
            while let current = worker, let next = queue.next() {
                let index = forWorkers[next]
                if let svg = current.draw(graphs[index]!) {
                    out.append((index, svg))
                } else if !current.isAlive {
                    // Graphviz crashed on this graph (`dot` will say why): go on with a new worker.
                    pool.give(current)
                    worker = pool.take()
                }
            }
            if let worker { pool.give(worker) }
        }
        var drawn = Array(repeating: String?.none, count: graphs.count)
        for (index, svg) in parts.joined() { drawn[index] = svg }
        let retry = forWorkers.filter { drawn[$0] == nil }
        let redrawn = Parallel.fold(retry.count, threshold: 2, initial: { [String?]() }) { out, i in
            out.append(Graphviz.run(executable, graphs[retry[i]]!, tag: retry[i]))
        }.flatMap { $0 }
        for (index, svg) in zip(retry, redrawn) { drawn[index] = svg }
        return drawn
    }

    /// Runs `dot -Tsvg` over one graph, through files in the temporary directory (a pipe each way
    /// would need a second thread to avoid filling one while writing the other).
    static func run(_ executable: String, _ graph: String, tag: Int) -> String? {
        let base = temporaryRoot() + "/.stackcat-dot-\(SystemCalls.processID)-\(tag)"
        let input = base + ".dot", output = base + ".svg"
        _ = SystemCalls.removeFile(input)
        defer {
            _ = SystemCalls.removeFile(input)
            _ = SystemCalls.removeFile(output)
        }
        guard AtomicFile.createFile(graph, at: input) == nil,
              SystemCalls.run(executable, arguments: ["-Tsvg", input], input: "", outputFile: output) == 0,
              case .success(let bytes) = SystemCalls.readFile(output) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func temporaryRoot() -> String {
        Terminal.variable("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }
}

/// Hands out 0, 1, 2, ... up to `count` to whichever task asks next.
private final class WorkQueue: @unchecked Sendable {
    private let lock = SystemCalls.Lock()
    private let count: Int
    private var taken = 0

    init(count: Int) {
        self.count = count
    }

    var isEmpty: Bool { lock.withLock { taken >= count } }

    func next() -> Int? {
        lock.withLock {
            guard taken < count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }
}

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

    init?() {
        guard let (pid, socket) = SystemCalls.spawnConnected("/proc/self/exe", arguments: [STACKCAT_GRAPHVIZ_WORKER_ARGUMENT])
        else { return nil }
        self.pid = pid
        self.socket = socket
    }

    /// The SVG of one graph, or nil if the worker could not draw it.
    func draw(_ graph: String) -> String? {
        guard isAlive else { return nil }
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
        let n = buffer.withUnsafeMutableBytes { SystemCalls.readSome(socket, into: UnsafeMutableRawBufferPointer(rebasing: $0[end...])) }
        guard n > 0 else { return false }
        end += n
        return true
    }
}

/// Idle workers, and whether starting one is worth trying: not off Linux, nor once a worker has said
/// that it cannot load Graphviz.
final class GraphvizWorkerPool: @unchecked Sendable {
    private let lock = SystemCalls.Lock()
    private var idle: [GraphvizWorker] = []
    private var unavailable = stackcat_graphviz_worker_supported() != 1

    var isUsable: Bool { lock.withLock { !unavailable } }

    func take() -> GraphvizWorker? {
        if let worker = lock.withLock({ unavailable ? nil : idle.popLast() }) { return worker }
        return isUsable ? GraphvizWorker() : nil
    }

    /// Takes a worker back: keeps it if it is alive, otherwise ends it. Only a worker that could not
    /// load Graphviz (exit status 69) makes the pool give up: one that died on a graph says nothing
    /// about the next, and which graph a worker happens to get first depends on timing.
    func give(_ worker: GraphvizWorker) {
        if worker.isAlive {
            lock.withLock { idle.append(worker) }
            return
        }
        if worker.finish() == STACKCAT_GRAPHVIZ_WORKER_NO_GRAPHVIZ { lock.withLock { unavailable = true } }
    }

    func finish() {
        let workers = lock.withLock {
            defer { idle = [] }
            return idle
        }
        for worker in workers { worker.finish() }
    }
}
