extension Graph {
    /// The edges between one pair of nodes, drawn as one line with their labels stacked.
    public struct MergedEdge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// Flows first, then relations in edge order.
        public var parts: [Edge]

        /// No arrowhead: every part reads the same both ways.
        public var symmetric: Bool { parts.allSatisfy(\.symmetric) }
        public var hasFlow: Bool { parts.contains(where: \.isFlow) }
    }

    /// Edges merged per pair of nodes, in the order of each pair's first edge. A symmetric edge joins
    /// the directed edges between its two nodes, whichever way they point (it reads the same both ways).
    public var mergedEdges: [MergedEdge] {
        struct Pair: Hashable { var from: String, to: String }
        var directed: Set<Pair> = []
        for edge in edges where !edge.symmetric { directed.insert(Pair(from: edge.from, to: edge.to)) }
        var index: [Pair: Int] = [:]
        var merged: [MergedEdge] = []
        for edge in edges {
            var pair = Pair(from: edge.from, to: edge.to)
            if edge.symmetric {
                let flipped = Pair(from: edge.to, to: edge.from)
                if !directed.contains(pair) && (directed.contains(flipped) || (index[pair] == nil && index[flipped] != nil)) {
                    pair = flipped
                }
            }
            var part = edge
            (part.from, part.to) = (pair.from, pair.to)
            if let i = index[pair] {
                merged[i].parts.append(part)
            } else {
                index[pair] = merged.count
                merged.append(MergedEdge(from: pair.from, to: pair.to, parts: [part]))
            }
        }
        for i in merged.indices where merged[i].parts.count > 1 && merged[i].hasFlow {
            merged[i].parts = merged[i].parts.filter(\.isFlow) + merged[i].parts.filter { !$0.isFlow }
        }
        return merged
    }
}
