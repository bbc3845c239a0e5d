import StackcatModel
import StackcatQuery

/// The landing page. At landscape scale (thousands of tools) it stays a page a person scrolls: the
/// numbers and the overview first, then each category's tools as small tiles, at most
/// `tilesPerGroup` of them (the category's page lists all). The search and the filters list what
/// matches from `search.js`, so the page itself carries no per-tool data beyond its tiles.
extension SiteGenerator {
    /// Tiles shown per category on the index: eight rows of a wide screen's grid.
    public static let tilesPerGroup = 48

    func categoryCount(_ id: String) -> Int { context.members[id]?.count ?? 0 }

    /// Whether a category appears in lists, trees and filters: one with no tool, in it or below it,
    /// is left out unless `showsEmptyCategories` (`site --show-empty`).
    func isShown(_ categoryID: String) -> Bool { showsEmptyCategories || categoryCount(categoryID) > 0 }

    /// A tool's tile: its initials, its name, and a badge per ring it has in the catalog's stacks
    /// (the badge's title names the stacks).
    func tile(_ tool: Tool, root: String) -> SiteView.Tile {
        let uses = ringsByTool[tool.id] ?? []
        let rings = Ring.allCases.compactMap { ring -> Link? in
            let stacks = uses.filter { $0.ring == ring }.map(\.stack)
            guard !stacks.isEmpty else { return nil }
            return Link(name: ring.rawValue, href: nil, count: stacks.count, detail: "\(ring.rawValue) in " + stacks.joined(separator: ", "))
        }
        return SiteView.Tile(
            name: tool.name, page: "\(root)tools/\(tool.id).html", initials: Self.initials(of: tool.name),
            summary: tool.summary, rings: rings, logo: logoHref(tool.logo, root: root))
    }

    /// Up to two letters or digits standing for a name: the first of its first two words ("Argo CD"
    /// gives "AC"), or the first two of a single word ("Velero" gives "VE").
    static func initials(of name: String) -> String {
        let words = name.split { !$0.isLetter && !$0.isNumber }
        let letters: [Character]
        if words.count >= 2 {
            letters = [words[0].first!, words[1].first!]
        } else if let word = words.first {
            letters = Array(word.prefix(2))
        } else {
            letters = []
        }
        return String(letters).uppercased()
    }

    func indexView(picture: SiteView.Picture?) -> SiteView.Index {
        let tree = catalog.categoryTree().filter { isShown($0.category.id.value) }
        var children: [String: [Category]] = [:]
        var roots: [Category] = []
        for (category, depth) in tree {
            // Nested no deeper than the depth limit, so neither this nor the template recurses far.
            if depth == 0 {
                roots.append(category)
            } else if let parent = catalog.shownParent(of: category.id.value) {
                children[parent, default: []].append(category)
            }
        }
        func node(_ category: Category) -> SiteView.TreeNode {
            let id = category.id.value
            return SiteView.TreeNode(
                name: category.name, page: "categories/\(id).html", count: categoryCount(id),
                children: (children[id] ?? []).map(node))
        }
        var byCategory: [String: [Int]] = [:]
        // A tool shows in the group of each category it names (primary and secondary), as on the
        // CNCF landscape; a parent category's group has only the tools that name it.
        for i in catalog.tools.indices {
            for category in Set(catalog.tools[i].allCategories) { byCategory[category, default: []].append(i) }
        }
        let groups = tree.compactMap { category, _ -> SiteView.Group? in
            let id = category.id.value
            guard let members = byCategory[id] else { return nil }
            let trail = catalog.categoryPath(id, last: CategoryHierarchy.depthLimit + 1).dropLast()
                .map { catalog.category($0)?.name ?? $0 }
            return SiteView.Group(
                category: categoryLink(id, root: ""), trail: trail.map { $0 + " › " }.joined(),
                tiles: members.prefix(Self.tilesPerGroup).map { tile(catalog.tools[$0], root: "") },
                toolCount: members.count,
                more: members.count > Self.tilesPerGroup
                    ? Link(name: "\(members.count - Self.tilesPerGroup) more in \(category.name)", href: "categories/\(id).html") : nil)
        }
        let lifecycleCounts = Dictionary(grouping: catalog.tools.map(\.lifecycle.value), by: { $0 }).mapValues(\.count)
        // The tools always; the rest when there are any.
        let relationCount = edgesByType.values.reduce(0) { $0 + $1.count }
        let stats =
            [Link(name: "tools", href: "#tools", count: catalog.tools.count)]
            + [
                Link(name: "categories", href: "#categories", count: tree.count),
                Link(name: "stacks", href: "#stacks", count: catalog.stacks.count),
                Link(name: "teams", href: "#teams", count: catalog.teams.count),
                Link(name: "relations", href: "#relations", count: relationCount)
            ].filter { ($0.count ?? 0) > 0 }
        return SiteView.Index(
            title: "Catalog", marker: Self.marker, stats: stats,
            categoryOptions: tree.map { category, _ in
                SiteView.Option(
                    value: category.id.value,
                    label: String(repeating: "– ", count: catalog.shownDepth(of: category.id.value)) + category.name + " (\(categoryCount(category.id.value)))")
            },
            roleOptions: catalog.roles.map { SiteView.Option(value: $0.id.value, label: $0.name + " (\(catalog.toolCount(withRole: $0.id.value)))") },
            lifecycleOptions: Lifecycle.allCases.map { SiteView.Option(value: $0.rawValue, label: $0.rawValue + " (\(lifecycleCounts[$0] ?? 0))") },
            stackOptions: catalog.stacks.map { SiteView.Option(value: $0.id, label: $0.name) },
            ownerOptions: catalog.teams.map { team in
                SiteView.Option(value: team.id.value, label: team.name + " (\(toolCounts[team.id.value] ?? 0))")
            },
            tree: roots.map(node),
            groups: groups,
            toolCount: catalog.tools.count,
            stacks: catalog.stacks.map { Link(name: $0.name, href: "stacks/\($0.id).html", detail: $0.summary) },
            relations: catalog.relationTypes.map {
                Link(
                    name: $0.label, href: "relations/\($0.id.value).html", count: edgesByType[$0.id.value]?.count ?? 0,
                    detail: $0.description)
            },
            teams: catalog.teams.map { team in
                var link = teamLink(team.id.value, root: "")
                link.count = toolCounts[team.id.value] ?? 0
                link.detail = team.description
                return link
            },
            picture: picture,
            pictureNote: picture == nil && !catalog.tools.isEmpty ? overviewNote() : nil)
    }

    /// Why the index has no overview: too many top-level categories to draw, or no relation between
    /// two of them.
    func overviewNote() -> String {
        if catalog.categories.filter({ $0.parent == nil && categoryCount($0.id.value) > 0 }).count > Self.pictureLimit {
            return "The catalog has too many top-level categories to draw an overview; each category page draws its own graph."
        }
        return "No tool relates to a tool in another top-level category, so there is no overview to draw: the category tree counts the tools."
    }
}
