import StackcatModel

/// The part of the relation graph that `stackcat graph` draws: nodes with their attributes, edges
/// with their relation type and style, and the category clusters that hold the nodes.
public struct Graph: Sendable {
    public struct Node: Sendable, Hashable {
        public var id: String
        public var label: String
        /// The category cluster it is drawn in (its primary category), if any.
        public var category: String?
        public var hosting: Hosting?
        public var summary: String
        /// Where the node links to: the tool's homepage (the site's graphs link to its own pages).
        public var homepage: String?
        /// With `--stack`: the component's ring.
        public var ring: Ring?
        public var isInHouse: Bool
        /// In a collapsed graph: how many tools (or components) the node stands for.
        public var count: Int? = nil

        package init(
            id: String,
            label: String,
            category: String? = nil,
            hosting: Hosting? = nil,
            summary: String,
            homepage: String? = nil,
            ring: Ring? = nil,
            isInHouse: Bool,
            count: Int? = nil
        ) {
            self.id = id
            self.label = label
            self.category = category
            self.hosting = hosting
            self.summary = summary
            self.homepage = homepage
            self.ring = ring
            self.isInHouse = isInHouse
            self.count = count
        }
    }

    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// A relation type id, or `flow` for a stack's own flows.
        public var type: String
        public var label: String
        public var note: String?
        public var symmetric: Bool
        public var style: EdgeStyle
        /// In a collapsed graph: how many edges of this type it stands for.
        public var count: Int = 1

        package init(
            from: String,
            to: String,
            type: String,
            label: String,
            note: String? = nil,
            symmetric: Bool,
            style: EdgeStyle,
            count: Int = 1
        ) {
            self.from = from
            self.to = to
            self.type = type
            self.label = label
            self.note = note
            self.symmetric = symmetric
            self.style = style
            self.count = count
        }

        public var isFlow: Bool { type == "flow" }

        /// Edge order: by source, then target, then relation type, comparing UTF-8 bytes.
        static func precedes(_ a: Edge, _ b: Edge) -> Bool {
            if a.from != b.from { return a.from.utf8Precedes(b.from) }
            if a.to != b.to { return a.to.utf8Precedes(b.to) }
            return a.type.utf8Precedes(b.type)
        }
    }

    public struct Cluster: Sendable, Hashable {
        public var id: String
        public var label: String
        public var parent: String?
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// The categories that hold nodes, with their ancestors, in tree order.
    public var clusters: [Cluster]
    /// The relation types that the edges use, in id order, for the legend.
    public var legend: [(type: String, label: String, symmetric: Bool, style: EdgeStyle)]
    /// Drawn above the graph: the catalog or the stack (and its date), or what `--title` says.
    public var title: String? = nil

    package init(
        nodes: [Node],
        edges: [Edge],
        clusters: [Cluster],
        legend: [(type: String, label: String, symmetric: Bool, style: EdgeStyle)],
        title: String? = nil
    ) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
        self.title = title
    }

    /// A stack's own flows: black, drawn bold (DOT) or thick (Mermaid), so they stand out from relations.
    public static let flowStyle = EdgeStyle(color: "#000000", line: .solid)
    /// Above this many nodes, a graph of the whole catalog is a hairball: `graph` suggests
    /// `--collapse category` or a filter.
    public static let readableNodeLimit = 150

    /// Which nodes and clusters each cluster holds (nil: the top level), grouped once so that
    /// writing nested clusters does not scan every node for every cluster.
    public struct Nesting: Sendable {
        private let nodes: [String?: [Int]]
        private let clusters: [String?: [Int]]

        init(_ graph: Graph) {
            var nodes: [String?: [Int]] = [:]
            for (i, node) in graph.nodes.enumerated() { nodes[node.category, default: []].append(i) }
            var clusters: [String?: [Int]] = [:]
            for (i, cluster) in graph.clusters.enumerated() { clusters[cluster.parent, default: []].append(i) }
            self.nodes = nodes
            self.clusters = clusters
        }

        /// Indices into `Graph.nodes` of the nodes drawn directly in `cluster`, in node order.
        public func nodes(in cluster: String?) -> [Int] { nodes[cluster] ?? [] }

        /// Indices into `Graph.clusters` of the clusters directly inside `cluster`, in tree order.
        public func children(of cluster: String?) -> [Int] { clusters[cluster] ?? [] }
    }

    public var nesting: Nesting { Nesting(self) }
}
