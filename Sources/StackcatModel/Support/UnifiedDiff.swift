/// A unified diff of two texts, line by line, for `docs --check` and golden-file tests.
public enum UnifiedDiff {
    /// The diff with `context` lines around each change, cut after `maxLines` lines; empty when equal.
    public static func diff(
        _ old: String, _ new: String, oldName: String = "a", newName: String = "b",
        context: Int = 3, maxLines: Int = .max
    ) -> String {
        if old == new { return "" }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ops = editScript(a, b)
        // Group operations into hunks with context.
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        var i = 0
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(i, firstChange - context)
            if start < i { start = i }
            var end = firstChange
            // Extend while changes are within 2*context of each other.
            var j = firstChange
            while j < ops.count {
                if ops[j].kind != .same {
                    end = j
                    j += 1
                    continue
                }
                let nextChange = ops[j...].firstIndex { $0.kind != .same }
                if let nextChange, nextChange - end <= 2 * context {
                    j = nextChange
                    continue
                }
                break
            }
            let stop = min(ops.count, end + context + 1)
            let hunk = ops[start..<stop]
            let oldStart = (hunk.first?.oldIndex ?? 0) + 1
            let newStart = (hunk.first?.newIndex ?? 0) + 1
            let oldCount = hunk.count { $0.kind != .insert }
            let newCount = hunk.count { $0.kind != .delete }
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for op in hunk {
                switch op.kind {
                case .same: lines.append(" " + a[op.oldIndex])
                case .delete: lines.append("-" + a[op.oldIndex])
                case .insert: lines.append("+" + b[op.newIndex])
                }
            }
            i = stop
        }
        if lines.count > maxLines {
            let hidden = lines.count - maxLines
            lines = Array(lines.prefix(maxLines)) + ["… \(hidden) more diff lines"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Op {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    /// Longest-common-subsequence edit script after trimming the common prefix and suffix. Inputs whose
    /// middle parts are too large for a quadratic table fall back to "delete all, insert all".
    static func editScript(_ a: [String], _ b: [String]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var ops: [Op] = (0..<prefix).map { Op(kind: .same, oldIndex: $0, newIndex: $0) }
        let am = Array(a[prefix..<(a.count - suffix)])
        let bm = Array(b[prefix..<(b.count - suffix)])
        if am.count * bm.count > 4_000_000 {
            ops += am.indices.map { Op(kind: .delete, oldIndex: prefix + $0, newIndex: prefix) }
            ops += bm.indices.map { Op(kind: .insert, oldIndex: prefix + am.count, newIndex: prefix + $0) }
        } else {
            let n = am.count
            let m = bm.count
            var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
            for x in stride(from: n - 1, through: 0, by: -1) {
                for y in stride(from: m - 1, through: 0, by: -1) {
                    table[x][y] = am[x] == bm[y] ? table[x + 1][y + 1] + 1 : max(table[x + 1][y], table[x][y + 1])
                }
            }
            var x = 0
            var y = 0
            while x < n || y < m {
                if x < n, y < m, am[x] == bm[y] {
                    ops.append(Op(kind: .same, oldIndex: prefix + x, newIndex: prefix + y))
                    x += 1
                    y += 1
                } else if x < n, y == m || table[x + 1][y] >= table[x][y + 1] {
                    // Deletions before insertions, as diff(1) shows them.
                    ops.append(Op(kind: .delete, oldIndex: prefix + x, newIndex: prefix + y))
                    x += 1
                } else {
                    ops.append(Op(kind: .insert, oldIndex: prefix + x, newIndex: prefix + y))
                    y += 1
                }
            }
        }
        for k in 0..<suffix {
            ops.append(Op(kind: .same, oldIndex: a.count - suffix + k, newIndex: b.count - suffix + k))
        }
        return ops
    }
}
