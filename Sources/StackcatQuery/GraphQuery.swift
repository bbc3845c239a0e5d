import StackcatIO
import StackcatModel

/// How `graph --collapse` groups the nodes.
public enum GraphCollapse: String, Sendable, CaseIterable {
    /// One node per top-level category.
    case category
    /// One node per stack, and one for the tools in no stack.
    case stack
}

/// What to draw: the filters of `stackcat graph`.
public struct GraphQuery: Sendable {
    public var categories: [String] = []
    public var relationTypes: [String] = []
    public var root: String?
    public var depth: Int = 1
    public var stack: String?
    /// Draw one node per group, with edges counted (`uses ×12`), after the filters.
    public var collapse: GraphCollapse?
    /// The graph's title; nil: one made from the catalog's name, the stack or the filters.
    public var title: String?
    /// Names the catalog in the default title ("the built-in catalog", "catalog/").
    public var catalogName: String?
    /// Draw each node inside the clusters of its category and the category's ancestors. Off, the
    /// graph has no clusters (the site's tool neighbourhoods). Collapsing needs the categories, so
    /// `collapse` keeps them.
    public var clustersByCategory = true

    /// True when no filter narrows the graph (collapsing is not a filter).
    public var isUnfiltered: Bool { categories.isEmpty && relationTypes.isEmpty && root == nil && stack == nil }

    public init() {}

    /// What building many graphs of one catalog can share: the relation index and the category membership.
    public struct Context: Sendable {
        package let index: RelationIndex
        /// Category id → ids of the tools in it or below it, in id order.
        package let members: [String: [String]]

        public init(_ catalog: Catalog) {
            index = RelationIndex(catalog)
            var members: [String: [String]] = [:]
            for i in catalog.tools.indices {
                var seen: Set<String> = []
                for category in catalog.tools[i].allCategories {
                    // Up to the first ancestor seen for this tool (or a cycle's repeat).
                    var current: String? = category
                    while let c = current, seen.insert(c).inserted {
                        members[c, default: []].append(catalog.tools[i].id)
                        current = catalog.category(c)?.parent?.value
                    }
                }
            }
            self.members = members
        }

        /// The tools of a category and its sub-categories.
        public func tools(in category: String, of catalog: Catalog) -> [Tool] {
            (members[category] ?? []).compactMap { catalog.tool($0) }
        }
    }

    public func build(from catalog: Catalog) throws(UnknownIDError) -> Graph {
        try build(from: catalog, context: nil)
    }

    public func build(from catalog: Catalog, context: Context?) throws(UnknownIDError) -> Graph {
        var graph = try buildUntitled(from: catalog, context: context)
        if let collapse { graph = graph.collapsed(by: collapse, in: catalog) }
        graph.title = title ?? defaultTitle(of: graph, in: catalog)
        return graph
    }

    func defaultTitle(of graph: Graph, in catalog: Catalog) -> String {
        let name = catalogName ?? "the catalog"
        if let id = stack, let stack = catalog.stack(id) {
            return stack.name + (stack.asOf.map { ", as of \($0)" } ?? "") + (collapse.map { ", by \($0.rawValue)" } ?? "")
        }
        if let root, let tool = try? catalog.resolveTool(root) {
            return "\(tool.name) and its neighbours within \(depth) hop\(depth == 1 ? "" : "s") in \(name)"
        }
        let tools = collapse == nil ? graph.nodes.count : graph.nodes.reduce(0) { $0 + ($1.count ?? 0) }
        let count = "\(tools) tool\(tools == 1 ? "" : "s")"
        let scope = categories.isEmpty ? "" : categories.map { catalog.category($0)?.name ?? $0 }.joined(separator: ", ") + " in "
        switch collapse {
        case .category?: return "Overview of \(scope)\(name): \(count) by top-level category"
        case .stack?: return "Overview of \(scope)\(name): \(count) by stack"
        case nil: return "Relation graph of \(scope)\(name): \(count)"
        }
    }

    func buildUntitled(from catalog: Catalog, context: Context?) throws(UnknownIDError) -> Graph {
        var categoryIDs: Set<String>?
        if !categories.isEmpty {
            var ids: Set<String> = []
            for id in categories {
                try catalog.requireCategory(id)
                ids.formUnion(catalog.categoryWithDescendants(id))
            }
            categoryIDs = ids
        }
        for id in relationTypes where !(id == "flow" && stack != nil) { try catalog.requireRelationType(id) }
        let stack = try self.stack.map { id throws(UnknownIDError) in try catalog.requireStack(id) }
        // An alias works as a root, as everywhere a tool id is taken.
        let root = try self.root.map { id throws(UnknownIDError) in try catalog.resolveTool(id).id }
        let types = Set(relationTypes)

        // A root without a stack: walk the index first, so only the neighbourhood is built.
        var candidates: Set<String>?
        if root == nil, stack == nil, !categories.isEmpty, let context {
            candidates = Set(categories.flatMap { context.members[$0] ?? [] })
        }
        if let root, stack == nil, let index = context?.index {
            var distance: [String: Int] = [root: 0]
            var frontier = [root]
            while !frontier.isEmpty {
                var next: [String] = []
                for id in frontier where distance[id]! < depth {
                    for edge in index.edges(of: id) where (types.isEmpty || types.contains(edge.type)) && distance[edge.other] == nil {
                        distance[edge.other] = distance[id]! + 1
                        next.append(edge.other)
                    }
                }
                frontier = next
            }
            candidates = Set(distance.keys)
        }

        // Nodes: tools, or a stack's components.
        var nodes = NodeSet()
        func toolNode(_ tool: Tool, ring: Ring? = nil) -> Graph.Node {
            Graph.Node(
                id: tool.id, label: tool.name, category: tool.category.value, hosting: tool.hosting,
                summary: tool.summary, homepage: tool.homepage, ring: ring, isInHouse: false)
        }
        if let stack {
            for component in stack.components {
                if let tool = catalog.tool(component.id) {
                    nodes.insert(toolNode(tool, ring: component.ring))
                } else {
                    nodes.insert(
                        Graph.Node(
                            id: component.id, label: component.name ?? component.id,
                            category: component.category?.value, hosting: nil,
                            summary: component.role ?? "", homepage: nil, ring: component.ring,
                            isInHouse: true))
                }
            }
        } else if let candidates {
            for id in candidates { if let i = catalog.position(ofTool: id) { nodes.insert(toolNode(catalog.tools[i])) } }
        } else {
            nodes.reserveCapacity(catalog.tools.count)
            for index in catalog.tools.indices { nodes.insert(toolNode(catalog.tools[index])) }
        }
        if let categoryIDs {
            nodes.keep { node in
                if let tool = catalog.tool(node.id) { return tool.allCategories.contains { categoryIDs.contains($0) } }
                return node.category.map { categoryIDs.contains($0) } ?? false
            }
        }

        // Edges between the remaining nodes.
        var edges: [Graph.Edge] = []
        // Relation type id → its position in the catalog; `used` marks the ones drawn, for the legend.
        let typeIndex = Dictionary(
            catalog.relationTypes.indices.map { (catalog.relationTypes[$0].id.value, $0) },
            uniquingKeysWith: { first, _ in first })
        var used = [Bool](repeating: false, count: catalog.relationTypes.count)
        @Sendable func addEdges(of tool: Tool, to edges: inout [Graph.Edge], marking used: inout [Bool], nodes: NodeSet) {
            let first = edges.count
            for relation in tool.relations where nodes.contains(relation.target.value) {
                guard let t = typeIndex[relation.type.value] else { continue }
                let type = catalog.relationTypes[t]
                if !types.isEmpty && !types.contains(type.id.value) { continue }
                used[t] = true
                edges.append(
                    Graph.Edge(
                        from: tool.id, to: relation.target.value, type: type.id.value, label: type.label,
                        note: relation.note, symmetric: type.symmetric, style: type.style))
            }
            // In edge order within the tool: with tools in id order, the edges come out sorted.
            edges[first...].sort(by: Graph.Edge.precedes)
        }
        let edgesInOrder: Bool
        if nodes.count < catalog.tools.count / 4 {
            edgesInOrder = false
            for node in nodes.list {
                if let i = catalog.position(ofTool: node.id) { addEdges(of: catalog.tools[i], to: &edges, marking: &used, nodes: nodes) }
            }
        } else {
            // Most of the catalog: edges made on every core, block by block in tool order. By index:
            // `for tool in catalog.tools` would copy every Tool.
            edgesInOrder = true
            let drawn = nodes
            let typeCount = used.count
            let parts = Parallel.fold(
                catalog.tools.count,
                initial: { (edges: [Graph.Edge](), used: [Bool](repeating: false, count: typeCount)) }
            ) { part, index in
                guard drawn.contains(catalog.tools[index].id) else { return }
                addEdges(of: catalog.tools[index], to: &part.edges, marking: &part.used, nodes: drawn)
            }
            edges.reserveCapacity(parts.reduce(0) { $0 + $1.edges.count })
            for part in parts {
                edges += part.edges
                for t in part.used.indices where part.used[t] { used[t] = true }
            }
        }
        var flowsDrawn = false
        if let stack, types.isEmpty || types.contains("flow") {
            for flow in stack.flows where nodes.contains(flow.from.value) && nodes.contains(flow.to.value) {
                flowsDrawn = true
                edges.append(
                    Graph.Edge(
                        from: flow.from.value, to: flow.to.value, type: "flow", label: flow.label ?? "",
                        note: nil, symmetric: false, style: Graph.flowStyle))
            }
        }

        // The neighbourhood of the root, both directions.
        if let root {
            var adjacency: [String: [String]] = [:]
            for edge in edges {
                adjacency[edge.from, default: []].append(edge.to)
                adjacency[edge.to, default: []].append(edge.from)
            }
            var distance: [String: Int] = [root: 0]
            var frontier = [root]
            while !frontier.isEmpty {
                var next: [String] = []
                for id in frontier {
                    let d = distance[id]!
                    guard d < depth else { continue }
                    for other in adjacency[id] ?? [] where distance[other] == nil {
                        distance[other] = d + 1
                        next.append(other)
                    }
                }
                frontier = next
            }
            nodes.keep { distance[$0.id] != nil }
            edges = edges.filter { nodes.contains($0.from) && nodes.contains($0.to) }
        } else if !types.isEmpty {
            // Only these relations: leave out tools that none of them touches.
            var touched: Set<String> = []
            for edge in edges {
                touched.insert(edge.from)
                touched.insert(edge.to)
            }
            nodes.keep { touched.contains($0.id) }
        }

        let nodeList = nodes.sortedByID()
        // A stack's flows come after the tools' edges; otherwise edges made in tool order are sorted.
        if !edgesInOrder || stack != nil { edges.sort(by: Graph.Edge.precedes) }

        var legend: [(String, String, Bool, EdgeStyle)] = []
        // The neighbourhood of a root drops edges after they were made: then the legend counts what is left.
        let remaining: Set<String>? = root == nil ? nil : Set(edges.map(\.type))
        for (t, type) in catalog.relationTypes.enumerated() where remaining?.contains(type.id.value) ?? used[t] {
            legend.append((type.id.value, type.label, type.symmetric, type.style))
        }
        if remaining?.contains("flow") ?? flowsDrawn { legend.append(("flow", "flow", false, Graph.flowStyle)) }
        guard clustersByCategory || collapse != nil else {
            var nodes = nodeList
            for i in nodes.indices { nodes[i].category = nil }
            return Graph(nodes: nodes, edges: edges, clusters: [], legend: legend)
        }

        // Clusters: each node's category and its ancestors, in tree order. A category unknown to
        // the catalog (an in-house component's) draws no cluster.
        var nodesInClusters = nodeList
        var needed: Set<String> = []
        var looked: [String: Bool] = [:]
        for index in nodesInClusters.indices {
            guard let category = nodesInClusters[index].category else { continue }
            if let known = looked[category] {
                if !known { nodesInClusters[index].category = nil }
                continue
            }
            let known = catalog.hasCategory(category)
            looked[category] = known
            guard known else {
                nodesInClusters[index].category = nil
                continue
            }
            // Up to the first ancestor already needed: each category is walked to once.
            var current: String? = category
            while let c = current, needed.insert(c).inserted { current = catalog.category(c)?.parent?.value }
        }
        // In tree order by each category's position in it (a page needs a few of the tree's categories;
        // categories on or below a cycle have none and draw no cluster). Nested as renderers nest: no
        // deeper than the depth limit, however deep the chain.
        let inTree = needed.compactMap { id in catalog.categoryTreePosition(of: id).map { (position: $0, id: id) } }
        let clusters = inTree.sorted { $0.position < $1.position }.map { entry in
            Graph.Cluster(
                id: entry.id, label: catalog.category(entry.id)!.name,
                parent: catalog.shownParent(of: entry.id).flatMap { needed.contains($0) ? $0 : nil })
        }
        return Graph(nodes: nodesInClusters, edges: edges, clusters: clusters, legend: legend)
    }
}

/// The nodes of a graph being built: in the order they were added, with their ids for lookups.
private struct NodeSet {
    private(set) var list: [Graph.Node] = []
    private var ids: Set<String> = []

    var count: Int { list.count }

    func contains(_ id: String) -> Bool { ids.contains(id) }

    mutating func reserveCapacity(_ count: Int) {
        list.reserveCapacity(count)
        ids.reserveCapacity(count)
    }

    /// Adds a node, or replaces the one with the same id.
    mutating func insert(_ node: Graph.Node) {
        if ids.insert(node.id).inserted {
            list.append(node)
        } else if let i = list.firstIndex(where: { $0.id == node.id }) {
            list[i] = node
        }
    }

    mutating func keep(where predicate: (Graph.Node) -> Bool) {
        list = list.filter(predicate)
        ids = Set(list.map(\.id))
    }

    /// The nodes in id order; most graphs are built in that order already, which a scan confirms.
    func sortedByID() -> [Graph.Node] {
        let ordered = zip(list, list.dropFirst()).allSatisfy { $0.id.utf8Precedes($1.id) }
        return ordered ? list : list.sorted { $0.id.utf8Precedes($1.id) }
    }
}
