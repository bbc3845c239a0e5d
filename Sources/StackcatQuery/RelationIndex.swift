import StackcatModel

/// Every relation seen from both ends, so that a tool's page can list what points at it with the
/// inverse label ("kubernetes deployed by spinnaker").
public struct RelationIndex: Sendable {
    /// One edge as seen from one of its ends.
    public struct Edge: Sendable, Hashable {
        public var type: String
        /// The tool at the other end.
        public var other: String
        /// The label read from this end: the relation's label when outgoing, its inverse when incoming.
        public var label: String
        public var isOutgoing: Bool
        public var note: String?
    }

    private var byTool: [String: [Edge]] = [:]

    public init(_ catalog: Catalog) {
        for tool in catalog.tools {
            for relation in tool.relations {
                guard let type = catalog.relationType(relation.type.value), catalog.hasTool(relation.target.value) else { continue }
                byTool[tool.id, default: []].append(
                    Edge(
                        type: type.id.value, other: relation.target.value, label: type.label,
                        isOutgoing: true, note: relation.note))
                byTool[relation.target.value, default: []].append(
                    Edge(
                        type: type.id.value, other: tool.id,
                        label: type.symmetric ? type.label : type.inverse,
                        isOutgoing: type.symmetric, note: relation.note))
            }
        }
        for key in byTool.keys {
            byTool[key]!.sort { ($0.type, $0.isOutgoing ? 0 : 1, $0.other) < ($1.type, $1.isOutgoing ? 0 : 1, $1.other) }
        }
    }

    /// Both directions, sorted by relation type, then outgoing before incoming, then the other id.
    public func edges(of toolID: String) -> [Edge] {
        byTool[toolID] ?? []
    }
}
