/// Walks of the category tree, which loading, validation, queries and renderers all need.
extension Catalog {
    /// The category and every category below it in the tree.
    public func categoryWithDescendants(_ id: String) -> Set<String> {
        var children: [String: [String]] = [:]
        for category in categories {
            if let parent = category.parent?.value { children[parent, default: []].append(category.id.value) }
        }
        var result: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard result.insert(next).inserted else { continue }
            pending += children[next] ?? []
        }
        return result
    }

    /// The chain from the root of the tree down to the category.
    public func categoryPath(_ id: String) -> [String] {
        var path: [String] = []
        var seen: Set<String> = []
        var current: String? = id
        while let c = current, seen.insert(c).inserted {
            path.append(c)
            current = category(c)?.parent?.value
        }
        return path.reversed()
    }

    /// Categories in tree order (parents before children, siblings by id), each with its depth.
    public func categoryTree() -> [(category: Category, depth: Int)] {
        var children: [String: [Category]] = [:]
        var roots: [Category] = []
        for category in categories {
            if let parent = category.parent?.value, hasCategory(parent), parent != category.id.value {
                children[parent, default: []].append(category)
            } else {
                roots.append(category)
            }
        }
        var result: [(Category, Int)] = []
        var seen: Set<String> = []
        var pending: [(Category, Int)] = roots.reversed().map { ($0, 0) }
        while let (category, depth) = pending.popLast() {
            guard seen.insert(category.id.value).inserted else { continue }
            result.append((category, depth))
            pending += (children[category.id.value] ?? []).reversed().map { ($0, depth + 1) }
        }
        return result
    }
}
