import StackcatModel

/// The keys of one mapping so far, for duplicates: a list for the usual few keys (each with its
/// `ByteScan.hash`, so that two different ASCII keys are told apart without comparing strings,
/// which is slow when they differ), a dictionary for many.
struct KeyIndex {
    private var small: [(key: String, hash: Int, ascii: Bool, index: Int)] = []
    private var large: [String: Int]?

    init(expected: Int) {
        if expected > 24 { large = [:] } else { small.reserveCapacity(expected) }
    }

    /// The position of an earlier key equal to `key` (compared as `String`s compare: canonical
    /// equivalence); without one, `key` is added at `index` and the answer is nil.
    mutating func earlierIndex(of key: String, orAddAt index: Int) -> Int? {
        if large != nil {
            if let earlier = large![key] { return earlier }
            large![key] = index
            return nil
        }
        let hash = ByteScan.hash(key)
        for entry in small {
            if entry.ascii && hash.ascii {
                if entry.hash == hash.value && entry.key == key { return entry.index }
            } else if entry.key == key {
                return entry.index
            }
        }
        small.append((key, hash.value, hash.ascii, index))
        return nil
    }
}
