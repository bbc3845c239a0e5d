import StackcatQuery

/// `graph --format json`: nodes, edges and clusters with all their attributes.
public enum GraphJSONFormat {
    public static func render(_ graph: Graph) -> String {
        JSONValue.object([
            (
                "nodes",
                .array(
                    graph.nodes.map { node in
                        .object([
                            ("id", .string(node.id)), ("label", .string(node.label)), ("category", .optional(node.category)),
                            ("hosting", .optional(node.hosting?.rawValue)), ("summary", .string(node.summary)),
                            ("homepage", .optional(node.homepage)), ("ring", .optional(node.ring?.rawValue)),
                            ("in_house", .bool(node.isInHouse))
                        ])
                    })
            ),
            (
                "edges",
                .array(
                    graph.edges.map { edge in
                        .object([
                            ("from", .string(edge.from)), ("to", .string(edge.to)), ("type", .string(edge.type)),
                            ("label", .string(edge.label)), ("note", .optional(edge.note)), ("symmetric", .bool(edge.symmetric)),
                            ("color", .string(edge.style.color)), ("line", .string(edge.style.line.rawValue))
                        ])
                    })
            ),
            (
                "clusters",
                .array(
                    graph.clusters.map { cluster in
                        .object([("id", .string(cluster.id)), ("label", .string(cluster.label)), ("parent", .optional(cluster.parent))])
                    })
            )
        ]).rendered()
    }
}
