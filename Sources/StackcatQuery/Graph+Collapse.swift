import StackcatModel

extension Graph {
    /// Node ids of the groups that are not a category or stack; `_` keeps them apart from catalog ids.
    public static let noCategoryID = "no_category"
    public static let noStackID = "no_stack"

    /// One node per top-level category (or per stack), edges between groups counted per relation type
    /// (`uses ×12`); edges inside a group are counted on its node. Symmetric types count each pair once.
    public func collapsed(by collapse: GraphCollapse, in catalog: Catalog) -> Graph {
        // Each node's groups: one top-level category, or every stack that uses it.
        var groupsOf: [String: [String]] = [:]
        var groupNames: [String: String] = [:]
        switch collapse {
        case .category:
            for node in nodes {
                let top = node.category.flatMap { catalog.topCategory(of: $0) }
                let id = top ?? Self.noCategoryID
                groupsOf[node.id] = [id]
                groupNames[id] = top.flatMap { catalog.category($0)?.name } ?? "No category"
            }
        case .stack:
            var stacksOf: [String: [String]] = [:]
            for stack in catalog.stacks {
                groupNames[stack.id] = stack.name
                for component in stack.components { stacksOf[component.id, default: []].append(stack.id) }
            }
            groupNames[Self.noStackID] = "In no stack"
            for node in nodes { groupsOf[node.id] = stacksOf[node.id] ?? [Self.noStackID] }
        }

        var members: [String: Int] = [:]
        for node in nodes { for group in groupsOf[node.id]! { members[group, default: 0] += 1 } }
        var inside: [String: Int] = [:]
        struct Key: Hashable { var from: String, to: String, type: String }
        var counts: [Key: Int] = [:]
        var first: [String: Edge] = [:]
        for edge in edges {
            first[edge.type] = first[edge.type] ?? edge
            for a in groupsOf[edge.from] ?? [] {
                for b in groupsOf[edge.to] ?? [] {
                    if a == b {
                        inside[a, default: 0] += 1
                        continue
                    }
                    let (from, to) = edge.symmetric && b.utf8Precedes(a) ? (b, a) : (a, b)
                    counts[Key(from: from, to: to, type: edge.type), default: 0] += 1
                }
            }
        }
        if collapse == .stack {
            // Stacks that share tools: one symmetric edge per pair, counting the shared tools.
            for node in nodes {
                let groups = (groupsOf[node.id] ?? []).sorted { $0.utf8Precedes($1) }
                for (i, a) in groups.enumerated() {
                    for b in groups[(i + 1)...] { counts[Key(from: a, to: b, type: Self.sharesType), default: 0] += 1 }
                }
            }
            if counts.keys.contains(where: { $0.type == Self.sharesType }) {
                first[Self.sharesType] = Edge(
                    from: "", to: "", type: Self.sharesType, label: "shares", note: nil, symmetric: true,
                    style: Self.sharesStyle)
            }
        }

        let groupNodes = members.keys.sorted { $0.utf8Precedes($1) }.map { id -> Node in
            let count = members[id]!
            let edges = inside[id] ?? 0
            var summary = "\(count) tool\(count == 1 ? "" : "s")"
            if edges > 0 { summary += ", \(edges) relation\(edges == 1 ? "" : "s") among them" }
            return Node(
                id: id, label: groupNames[id] ?? id, category: nil, hosting: nil, summary: summary, homepage: nil,
                ring: nil, isInHouse: false, count: count)
        }
        var groupEdges = counts.map { key, count -> Edge in
            let model = first[key.type]!
            return Edge(
                from: key.from, to: key.to, type: key.type, label: "\(model.label) ×\(count)", note: nil,
                symmetric: model.symmetric, style: model.style, count: count)
        }
        groupEdges.sort(by: Edge.precedes)
        let used = Set(groupEdges.map(\.type))
        var legend = self.legend.filter { used.contains($0.type) }
        if used.contains(Self.sharesType) { legend.append((Self.sharesType, "shares tools", true, Self.sharesStyle)) }
        return Graph(nodes: groupNodes, edges: groupEdges, clusters: [], legend: legend, title: title)
    }

    /// The edge type of `--collapse stack` between stacks that use the same tools.
    public static let sharesType = "shared_tools"
    static let sharesStyle = EdgeStyle(color: "#999999", line: .dotted)
}
