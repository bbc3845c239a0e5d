import Dispatch

/// Draws DOT graphs as SVG with Graphviz.
///
/// Graphs whose measured text is all ASCII go to stackcat's own Graphviz workers (`CGraphvizWorker`):
/// one process per core that loads libgvc once and lays out one graph after another, reading each with
/// IDs of its own so that its SVG depends on its DOT alone, at about a fifteenth of what a `dot` process
/// per graph costs. They measure text with Graphviz's built-in metrics, which are tables of ASCII
/// widths, so a graph with a label in any other character, and any graph a worker could not draw (no
/// libgvc.so.6, a Graphviz error), is drawn by a `dot` process of its own, on every core.
public struct Graphviz: Sendable {
    public let executable: String
    /// The workers, kept from one call of `draw` to the next (the site renders its pages in batches).
    let workers = GraphvizWorkerPool()

    public init(_ executable: String) {
        self.executable = executable
    }

    /// Ends the workers.
    public func finish() {
        workers.finish()
    }

    /// A graph to draw: its DOT, and whether every text Graphviz measures in it (labels, not tooltips
    /// or links) is ASCII, which the workers' metrics need (`DOTFormat.measuresOnlyASCII`).
    public struct Source: Sendable {
        public let dot: String
        public let measuresOnlyASCII: Bool

        public init(dot: String, measuresOnlyASCII: Bool) {
            self.dot = dot
            self.measuresOnlyASCII = measuresOnlyASCII
        }
    }

    /// The SVG of each graph, nil where there is no graph or Graphviz failed (`dot` reports why).
    /// One task per core drives a worker, taking the next graph whenever it is done with one, largest
    /// DOT first: one slow graph (a large overview) then holds up one worker while the others share
    /// the rest. Graphs for `dot` run beside them on a task of their own, and graphs that the workers
    /// could not draw go to `dot` afterwards.
    public func draw(_ sources: [Source?]) -> [String?] {
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
        let parts = Self.concurrently(workers + 1) { task in
            var out: [(Int, String)] = []
            guard task < workers else {
                for index in forDot { if let svg = Graphviz.run(executable, graphs[index]!) { out.append((index, svg)) } }
                return out
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
            return out
        }
        var drawn = Array(repeating: String?.none, count: graphs.count)
        for (index, svg) in parts.joined() { drawn[index] = svg }
        let retry = forWorkers.filter { drawn[$0] == nil }
        let redrawn = Self.concurrently(retry.count) { Graphviz.run(executable, graphs[retry[$0]]!) }
        for (index, svg) in zip(retry, redrawn) { drawn[index] = svg }
        return drawn
    }

    /// Runs `dot -Tsvg` over one graph, the DOT on its standard input and the SVG read from its
    /// standard output as it comes (one socket both ways, see `SystemCalls.runCapturing`): no file
    /// in the temporary directory, whose name another user could guess.
    static func run(_ executable: String, _ graph: String) -> String? {
        guard let (status, output) = SystemCalls.runCapturing(executable, arguments: ["-Tsvg"], input: graph), status == 0 else {
            return nil
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `body` of 0..<count, run on every core, in index order.
    private static func concurrently<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        Parallel.fold(count, threshold: 2, initial: { [T]() }) { part, index in part.append(body(index)) }.flatMap { $0 }
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

