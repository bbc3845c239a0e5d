import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One slot per worker of `Parallel.forEachWorker`, each written by its own worker only; the slots
/// are read after all workers have finished, which `concurrentPerform` guarantees.
final class ParallelResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    var values: [Value] { slots.compactMap { $0 } }
}

public enum Parallel {
    /// The number of workers for `count` independent items: one for small jobs, else one per core.
    public static func workers(for count: Int, threshold: Int = 256) -> Int {
        guard count >= threshold else { return 1 }
        return min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    }

    /// Visits the indices `0..<count` on every core (one worker when there are few): each worker starts
    /// from `initial`, folds its share of the indices into it with `body`, and the parts come back in
    /// worker order for the caller to merge.
    public static func fold<Part>(_ count: Int, threshold: Int = 256, initial: @Sendable () -> Part,
                                  _ body: @Sendable (inout Part, Int) -> Void) -> [Part] {
        let workers = self.workers(for: count, threshold: threshold)
        let results = ParallelResults<Part>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var part = initial()
            var index = worker
            while index < count {
                body(&part, index)
                index += workers
            }
            results.set(worker, part)
        }
        return results.values
    }
}
