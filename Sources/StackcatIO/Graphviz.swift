import CGraphvizWorker
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
    /// How long one graph's layout may take before its worker or `dot` is killed; nil: no limit.
    /// Graphviz's layout can grow quadratically with a label's length or a graph's size.
    public let budget: Duration?
    /// The default budget of one graph: generous for any readable graph.
    public static let defaultBudget = Duration.seconds(10)
    /// The workers, kept from one call of `draw` to the next (the site renders its pages in batches).
    let workers = GraphvizWorkerPool()

    public init(_ executable: String, budget: Duration? = Graphviz.defaultBudget) {
        self.executable = executable
        self.budget = budget
    }

    /// What became of one graph.
    public enum Outcome: Sendable, Equatable {
        case drawn(svg: String)
        /// Graphviz failed on it (`dot` said why on standard error).
        case failed
        /// Its layout took longer than the budget, and was stopped.
        case timedOut

        public var svg: String? {
            if case .drawn(let svg) = self { return svg }
            return nil
        }
    }

    /// Whether this build can run Graphviz workers of its own (a glibc build; a static musl build
    /// cannot load libgvc, and draws every graph with `dot`).
    public static var hasWorkers: Bool { stackcat_graphviz_worker_supported() == 1 }

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
        drawReporting(sources).map { $0?.svg }
    }

    /// `draw`, saying of each graph whether it was drawn, failed or ran out of time (nil: no graph).
    /// A graph that ran out of time on a worker is not tried again with `dot`.
    public func drawReporting(_ sources: [Source?]) -> [Outcome?] {
        var workerGraphs: [Int] = []
        var dotGraphs: [Int] = []
        for (index, source) in sources.enumerated() {
            guard let source else { continue }
            if source.measuresOnlyASCII { workerGraphs.append(index) } else { dotGraphs.append(index) }
        }
        let graphs = sources.map { $0?.dot }
        let sizes = graphs.map { $0?.utf8.count ?? 0 }
        workerGraphs.sort { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let forWorkers = workerGraphs
        let forDot = dotGraphs
        let queue = WorkQueue(count: forWorkers.count)
        let pool = self.workers
        let workers = pool.isUsable ? min(SystemCalls.processorCount, forWorkers.count) : 0
        let executable = executable
        let budget = budget
        let parts = Self.concurrently(workers + 1) { task in
            var out: [(Int, Outcome)] = []
            guard task < workers else {
                for index in forDot { out.append((index, Graphviz.run(executable, graphs[index]!, within: budget))) }
                return out
            }
            // A worker is taken before any graph, so that no graph is taken without one to draw it.
            var worker = queue.isEmpty ? nil : pool.take()
            while let current = worker, let next = queue.next() {
                let index = forWorkers[next]
                if let svg = current.draw(graphs[index]!, within: budget) {
                    out.append((index, .drawn(svg: svg)))
                } else if current.timedOut {
                    out.append((index, .timedOut))
                    pool.give(current)
                    worker = pool.take()
                } else if !current.isAlive {
                    // Graphviz crashed on this graph (`dot` will say why): go on with a new worker.
                    pool.give(current)
                    worker = pool.take()
                }
            }
            if let worker { pool.give(worker) }
            return out
        }
        var drawn = sources.map { $0 == nil ? nil : Outcome.failed }
        for (index, outcome) in parts.joined() { drawn[index] = outcome }
        let retry = forWorkers.filter { drawn[$0] == .failed }
        let redrawn = Self.concurrently(retry.count) { Graphviz.run(executable, graphs[retry[$0]]!, within: budget) }
        for (index, outcome) in zip(retry, redrawn) { drawn[index] = outcome }
        return drawn
    }

    /// Runs `dot -Tsvg` over one graph, the DOT on its standard input and the SVG read from its
    /// standard output as it comes (one socket both ways, see `SystemCalls.runCapturing`): no file
    /// in the temporary directory, whose name another user could guess.
    static func run(_ executable: String, _ graph: String, within budget: Duration?) -> Outcome {
        switch SystemCalls.runCapturing(executable, arguments: ["-Tsvg"], input: graph, within: budget) {
        case .exited(0, let output)?: .drawn(svg: String(decoding: output, as: UTF8.self))
        case .timedOut?: .timedOut
        default: .failed
        }
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
