/// Walks of the category tree, which loading, validation, queries and renderers all need. Each costs
/// what its answer holds: depths and top-level ancestors are looked up in `CategoryHierarchy`, so
/// asking for every category's costs no more on a 20,000-deep chain than on 20,000 siblings.
extension Catalog {
    /// The category and every category below it in the tree (`id` alone if it is unknown).
    public func categoryWithDescendants(_ id: String) -> Set<String> {
        guard let i = categoryPosition(id) else { return [id] }
        if let subtree = hierarchy.subtree(of: i) { return Set(subtree.map { categories[$0].id.value }) }
        // On or below a cycle: breadth first, each category once.
        var result: Set<Int> = []
        var pending = [i]
        while let next = pending.popLast() {
            guard result.insert(next).inserted else { continue }
            pending += hierarchy.children(of: next)
        }
        return Set(result.map { categories[$0].id.value })
    }

    /// The chain from the root of the tree down to the category: an unknown parent is its first
    /// element, and on a cycle it stops before a category repeats. It costs the category's depth, so
    /// for many categories ask `topCategory(of:)` or `categoryDepth(of:)` instead, or bound it with `last`.
    public func categoryPath(_ id: String, last: Int = .max) -> [String] {
        var path: [String] = [id]
        var current = categoryPosition(id)
        var seen: Set<Int> = current.map { [$0] } ?? []
        while path.count < last, let c = current {
            guard let p = hierarchy.parent(of: c) else {
                // An unknown parent still names where the category claims to be.
                if let parent = categories[c].parent?.value, categoryPosition(parent) == nil { path.append(parent) }
                break
            }
            guard seen.insert(p).inserted else { break }
            path.append(categories[p].id.value)
            current = p
        }
        return path.reversed()
    }

    /// The top-level category above the category (itself at the top), nil if it is unknown or on or
    /// below a cycle.
    public func topCategory(of id: String) -> String? {
        categoryPosition(id).flatMap { hierarchy.top(of: $0) }.map { categories[$0].id.value }
    }

    /// How many `parent:` links are above the category (0 at the top), nil if it is unknown or on or
    /// below a cycle.
    public func categoryDepth(of id: String) -> Int? {
        categoryPosition(id).flatMap { hierarchy.depth(of: $0) }
    }

    /// Whether the category is `ancestor` or below it.
    public func isCategory(_ id: String, within ancestor: String) -> Bool {
        if id == ancestor { return true }
        guard let i = categoryPosition(id), let a = categoryPosition(ancestor) else { return false }
        return hierarchy.isWithin(i, a)
    }

    /// The categories directly below the category, in id order.
    public func subcategories(of id: String) -> [Category] {
        guard let i = categoryPosition(id) else { return [] }
        return hierarchy.children(of: i).map { categories[$0] }
    }

    /// Categories in tree order (parents before children, siblings by id), each with its depth.
    /// Categories on or below a cycle are left out.
    public func categoryTree() -> [(category: Category, depth: Int)] {
        hierarchy.order.map { (categories[$0], hierarchy.depth(of: $0)!) }
    }

    /// Where the category is in `categoryTree()`, nil if it is unknown or on or below a cycle: a few
    /// categories sort into tree order by it without a walk of the whole tree.
    public func categoryTreePosition(of id: String) -> Int? {
        categoryPosition(id).flatMap { hierarchy.treePosition(of: $0) }
    }

    /// The parent a renderer nests the category in: its own up to `CategoryHierarchy.depthLimit`,
    /// below that the ancestor at the limit, so that nesting (clusters, lists, pages) stays shallow
    /// however deep the chain. Nil at the top, and for an unknown category or one on a cycle.
    public func shownParent(of id: String) -> String? {
        categoryPosition(id).flatMap { hierarchy.shownParent(of: $0) }.map { categories[$0].id.value }
    }

    /// The depth a renderer indents the category by: its own, at most `CategoryHierarchy.depthLimit`.
    public func shownDepth(of id: String) -> Int {
        min(categoryDepth(of: id) ?? 0, CategoryHierarchy.depthLimit)
    }

    /// Each cycle of `parent:` links once, from its category with the smallest id.
    public var categoryCycles: [[Category]] {
        hierarchy.cycles.map { $0.map { categories[$0] } }
    }
}
