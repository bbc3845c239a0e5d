/// "Did you mean" for misspelt keys and ids.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance (transpositions count as one edit), if it is
    /// close enough to be a plausible typo. Ties go to the alphabetically first candidate. When none is
    /// that close, the one candidate that starts with `word` (of three letters or more), if only one
    /// does: `mercari` finds `mercari-2018`.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let candidates = Array(candidates)
        return closestByEdits(target, among: candidates) ?? onlyExtension(of: word.lowercased(), among: candidates)
    }

    private static func onlyExtension(of prefix: String, among candidates: [String]) -> String? {
        guard prefix.unicodeScalars.count >= 3 else { return nil }
        var found: String?
        for candidate in candidates where candidate.lowercased().hasPrefix(prefix) {
            guard found == nil || found == candidate else { return nil }
            found = candidate
        }
        return found
    }

    private static func closestByEdits(_ target: [Unicode.Scalar], among candidates: [String]) -> String? {
        let limit = max(1, min(3, target.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            if abs(other.count - target.count) > limit { continue }
            let distance = editDistance(target, other, limit: limit)
            guard distance <= limit else { continue }
            if let current = best {
                if distance < current.1 || (distance == current.1 && candidate.utf8Precedes(current.0)) {
                    best = (candidate, distance)
                }
            } else {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Optimal string alignment distance, giving up early once every entry of a row exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
