import CGraphvizWorker

/// Idle workers, and whether starting one is worth trying: not off Linux, nor once a worker has said
/// that it cannot load Graphviz.
final class GraphvizWorkerPool: @unchecked Sendable {
    private let lock = SystemCalls.Lock()
    private var idle: [GraphvizWorker] = []
    private var unavailable = !Graphviz.hasWorkers

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
