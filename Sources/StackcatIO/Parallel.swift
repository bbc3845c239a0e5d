import Dispatch

/// One slot per block of `Parallel.fold` (or per item), each written by the worker that handles it;
/// the slots are read after all workers have finished, which `concurrentPerform` guarantees.
final package class ParallelResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    package init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    package func set(_ index: Int, _ value: consuming Value) {
        slots[index] = value
    }

    /// The values, in slot order, moved out rather than copied; the slots are left empty.
    package func takeValues() -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for index in slots.indices {
            if let value = slots[index].take() { values.append(value) }
        }
        return values
    }
}

public enum Parallel {
    /// The number of workers for `count` independent items: one for small jobs, else one per core.
    public static func workers(for count: Int, threshold: Int = 256) -> Int {
        guard count >= threshold else { return 1 }
        return min(8, SystemCalls.processorCount)
    }

    /// Visits the indices `0..<count` on every core (one worker when there are few). The indices are
    /// cut into contiguous blocks, several per worker so that one slow block does not hold up the
    /// rest; each block starts from `initial` and folds its indices into it with `body`. The parts
    /// come back in index order, so concatenating them keeps the order of the input.
    public static func fold<Part>(
        _ count: Int, threshold: Int = 256, initial: @Sendable () -> Part,
        _ body: @Sendable (inout Part, Int) -> Void
    ) -> [Part] {
        let workers = self.workers(for: count, threshold: threshold)
        let blocks = workers == 1 ? 1 : min(count, workers * 8)
        let results = ParallelResults<Part>(count: blocks)
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            var part = initial()
            for index in count * block / blocks..<count * (block + 1) / blocks {
                body(&part, index)
            }
            results.set(block, part)
        }
        return results.takeValues()
    }

    /// As `fold`, where `body` may also make a value for its index: the values made come back in
    /// index order as one array, made in place in that array's own storage, so that they never exist
    /// twice (a catalog's tools are most of its memory).
    public static func collect<Part, Value>(
        _ count: Int, threshold: Int = 256, initial: @Sendable () -> Part,
        _ body: @Sendable (inout Part, Int) -> Value?
    ) -> (parts: [Part], values: [Value]) {
        var parts: [Part] = []
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = InPlaceSlots(buffer)
            parts = fold(count, threshold: threshold, initial: initial) { part, index in
                if let value = body(&part, index) { slots.initialize(index, to: value) }
            }
            initializedCount = slots.compact()
        }
        return (parts, values)
    }
}

/// An array's uninitialised storage filled at any index from any worker (each index once), then
/// closed up so that the values filled are contiguous from the start, in index order.
private final class InPlaceSlots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value>
    private let filled: UnsafeMutableBufferPointer<Bool>

    init(_ buffer: UnsafeMutableBufferPointer<Value>) {
        self.buffer = buffer
        filled = .allocate(capacity: buffer.count)
        filled.initialize(repeating: false)
    }

    deinit { filled.deallocate() }

    func initialize(_ index: Int, to value: consuming Value) {
        (buffer.baseAddress! + index).initialize(to: value)
        filled[index] = true
    }

    /// Moves the filled values down over the gaps; returns how many there are.
    func compact() -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var next = 0
        for index in filled.indices where filled[index] {
            if index != next { (base + next).moveInitialize(from: base + index, count: 1) }
            next += 1
        }
        return next
    }
}
