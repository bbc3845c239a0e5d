/// The category tree of a catalog, worked out once when the catalog is made, so that every walk of
/// it costs what its answer costs: a category's depth and top-level ancestor are looked up, not walked
/// to, and a chain of 20,000 `parent:` links takes as long as 20,000 categories side by side.
///
/// Positions are indices into `Catalog.categories`. A category whose `parent:` is unknown or itself
/// is a root; one on a cycle, or below one, is not in the tree (validation reports the cycle). Of a
/// duplicated id only the first category is in the tree.
public struct CategoryHierarchy: Sendable, Codable {
    /// How deep categories may nest (a top-level category has depth 0). Validation refuses deeper
    /// chains (`category-depth`); renderers given one anyway nest no deeper than this.
    public static let depthLimit = 12

    private static let none = -1
    /// Each category's parent, `none` at a root (and for duplicates).
    private let parent: [Int]
    /// The categories whose parent each category is, in id order.
    private let children: [[Int]]
    /// The tree in order: parents before children, siblings by id.
    let order: [Int]
    /// Where each category is in `order` (`none` outside the tree), and where its subtree ends.
    private let start: [Int]
    private let end: [Int]
    /// Depth, top-level ancestor and the parent a renderer nests it in (`none` outside the tree).
    private let depth: [Int]
    private let top: [Int]
    private let shownParent: [Int]
    /// Each cycle once, from its category with the smallest id, following `parent:`.
    let cycles: [[Int]]

    init(_ categories: [Category], index: [String: Int]) {
        let count = categories.count
        var parent = Array(repeating: Self.none, count: count)
        var children = Array(repeating: [Int](), count: count)
        var selfParented: [Int] = []
        var roots: [Int] = []
        for i in categories.indices where index[categories[i].id.value] == i {
            if let id = categories[i].parent?.value, let p = index[id] {
                if p == i {
                    selfParented.append(i)
                    roots.append(i)
                } else {
                    parent[i] = p
                    children[p].append(i)
                }
            } else {
                roots.append(i)
            }
        }
        // Depth first without recursion: a deep chain must not exhaust the stack.
        var order: [Int] = []
        order.reserveCapacity(count)
        var start = Array(repeating: Self.none, count: count)
        var pending = Array(roots.reversed())
        while let i = pending.popLast() {
            start[i] = order.count
            order.append(i)
            pending += children[i].reversed()
        }
        var size = Array(repeating: 1, count: count)
        for i in order.reversed() where parent[i] != Self.none { size[parent[i]] += size[i] }
        var end = Array(repeating: Self.none, count: count)
        var depth = end
        var top = end
        var shownParent = end
        for i in order {
            end[i] = start[i] + size[i]
            let p = parent[i]
            guard p != Self.none else {
                depth[i] = 0
                top[i] = i
                continue
            }
            depth[i] = depth[p] + 1
            top[i] = top[p]
            shownParent[i] = depth[i] <= Self.depthLimit ? p : shownParent[p]
        }
        // Outside the tree, every `parent:` chain ends on a cycle: follow each once.
        var state = Array(repeating: 0, count: count)  // 0 not seen, 1 on the current walk, 2 done
        var cycles: [[Int]] = selfParented.map { [$0] }
        for i in categories.indices where start[i] == Self.none && index[categories[i].id.value] == i && state[i] == 0 {
            var walk: [Int] = []
            var x = i
            while x != Self.none, state[x] == 0 {
                state[x] = 1
                walk.append(x)
                x = parent[x]
            }
            if x != Self.none, state[x] == 1, let from = walk.firstIndex(of: x) {
                let cycle = Array(walk[from...])
                let first = cycle.indices.min { categories[cycle[$0]].id.value.utf8Precedes(categories[cycle[$1]].id.value) }!
                cycles.append(Array(cycle[first...] + cycle[..<first]))
            }
            for y in walk { state[y] = 2 }
        }
        cycles.sort { categories[$0[0]].id.value.utf8Precedes(categories[$1[0]].id.value) }
        self.parent = parent
        self.children = children
        self.order = order
        self.start = start
        self.end = end
        self.depth = depth
        self.top = top
        self.shownParent = shownParent
        self.cycles = cycles
    }

    func parent(of i: Int) -> Int? { parent[i] == Self.none ? nil : parent[i] }
    func children(of i: Int) -> [Int] { children[i] }
    func depth(of i: Int) -> Int? { depth[i] == Self.none ? nil : depth[i] }
    func top(of i: Int) -> Int? { top[i] == Self.none ? nil : top[i] }
    func shownParent(of i: Int) -> Int? { shownParent[i] == Self.none ? nil : shownParent[i] }

    /// Where `i` is in `order`, or nil outside the tree.
    func treePosition(of i: Int) -> Int? { start[i] == Self.none ? nil : start[i] }

    /// The subtree of `i` (itself first) in tree order, or nil outside the tree.
    func subtree(of i: Int) -> ArraySlice<Int>? { start[i] == Self.none ? nil : order[start[i]..<end[i]] }

    /// Whether `i` is `ancestor` or below it.
    func isWithin(_ i: Int, _ ancestor: Int) -> Bool {
        start[i] != Self.none && start[ancestor] != Self.none && start[ancestor] <= start[i] && start[i] < end[ancestor]
    }
}
