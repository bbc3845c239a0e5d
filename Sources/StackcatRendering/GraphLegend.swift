import StackcatModel
import StackcatQuery

/// What a graph's legend explains, each only when the graph uses it: node shapes (hosting, in-house
/// parts, the groups of a collapsed graph), the ring styles of a stack's components, and edge styles
/// (relation types and a stack's flows). DOT draws it as a cluster of samples beside the graph; the
/// site writes it as HTML under the picture.
public struct GraphLegend: Sendable {
    /// A node drawn as the graph draws that kind of node; `key` names the kind (`managed`,
    /// `ring-hold`, `in-house`, `group`).
    public struct NodeSample: Sendable {
        public let key: String
        public let node: Graph.Node
    }

    public let nodes: [NodeSample]
    /// The relation types the edges use, in id order, then `flow`.
    public let edges: [(type: String, label: String, symmetric: Bool, style: EdgeStyle)]

    public var isEmpty: Bool { nodes.isEmpty && edges.isEmpty }

    public init(_ graph: Graph) {
        var nodes: [NodeSample] = []
        func sample(
            _ key: String, _ label: String, hosting: Hosting?, ring: Ring? = nil, isInHouse: Bool = false, count: Int? = nil,
            summary: String? = nil
        ) {
            nodes.append(
                NodeSample(
                    key: key,
                    node: Graph.Node(
                        id: "", label: label, category: nil, hosting: hosting, summary: summary ?? label,
                        homepage: nil, ring: ring, isInHouse: isInHouse, count: count)))
        }
        let hostings = Set(graph.nodes.compactMap { $0.count == nil ? $0.hosting : nil })
        for hosting in Hosting.allCases where hostings.contains(hosting) {
            sample(hosting.rawValue, hosting.rawValue, hosting: hosting)
        }
        if graph.nodes.contains(where: \.isInHouse) { sample("in-house", "in-house", hosting: nil, isInHouse: true) }
        let rings = Set(graph.nodes.compactMap(\.ring))
        let ringSamples: [(String, Ring)] = [("adopt", .adopt), ("trial or assess", .trial), ("hold", .hold)]
        for (label, ring) in ringSamples where rings.contains(ring) || (ring == .trial && rings.contains(.assess)) {
            sample("ring-" + ring.rawValue, label, hosting: .selfHosted, ring: ring)
        }
        if graph.nodes.contains(where: { $0.count != nil }) {
            sample("group", "group", hosting: nil, count: 0, summary: "group (tools in it)")
        }
        self.nodes = nodes
        self.edges = graph.legend
    }
}
