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

    /// Runs `body(worker, workers)` on every worker at once and returns what each produced, in worker order.
    public static func map<Value>(workers: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        let results = ParallelResults<Value>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            results.set(worker, body(worker))
        }
        return results.values
    }
}
