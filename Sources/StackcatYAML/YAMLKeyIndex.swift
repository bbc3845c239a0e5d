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

    /// The position of `key` among the keys added, compared as `String`s compare (canonical equivalence).
    func index(of key: String, hash: (value: Int, ascii: Bool)) -> Int? {
        if let large { return large[key] }
        for entry in small {
            if entry.ascii && hash.ascii {
                if entry.hash == hash.value && entry.key == key { return entry.index }
            } else if entry.key == key {
                return entry.index
            }
        }
        return nil
    }

    mutating func add(_ key: String, hash: (value: Int, ascii: Bool), index: Int) {
        if large != nil {
            large![key] = index
        } else {
            small.append((key, hash.value, hash.ascii, index))
        }
    }

    /// The hash `index(of:hash:)` and `add` take, unless the index is a dictionary.
    var needsHash: Bool { large == nil }
}
