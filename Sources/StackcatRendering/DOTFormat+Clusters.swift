import StackcatModel
import StackcatQuery

/// Clusters: the category tree as nested subgraphs, each titled by a node of its own, and grids for
/// the nodes and clusters that no edge touches.
extension DOTFormat {
    /// A cluster's title is a plain-text node in the cluster, in the rank of the first node of its
    /// subtree (Graphviz puts the first written node of a rank first, at the top), rather than the
    /// cluster's `label`: left to right, Graphviz does not keep the space of a cluster's label clear,
    /// and edge labels were printed over titles. A node is never overlapped by another node, and an
    /// edge label is a node in the layout. The id cannot be a tool's (ids do not start with `_`).
    static func appendTitle(of cluster: Graph.Cluster, anchor: String?, indent: String, to out: inout String) {
        let id = "__title_" + cluster.id
        out += indent
        appendQuoted(id, to: &out)
        out += " [shape=plaintext, label="
        appendQuoted(cluster.label, to: &out)
        // No tooltip: with one, Graphviz's SVG makes the title a link (`<a>`) to nowhere.
        out += ", fontcolor=\"#555555\", fontsize=12, margin=\"0.05,0\", height=0.25];\n"
        guard let anchor else { return }
        out += indent
        out += "{ rank=same; "
        appendQuoted(id, to: &out)
        out += "; "
        appendQuoted(anchor, to: &out)
        out += "; }\n"
    }

    /// The first node, in node order, of the cluster or, without nodes of its own, of its first
    /// sub-cluster that has one.
    static func firstNode(in cluster: String, graph: Graph, nesting: Graph.Nesting) -> String? {
        if let first = nesting.nodes(in: cluster).first { return graph.nodes[first].id }
        for child in nesting.children(of: cluster) {
            if let found = firstNode(in: graph.clusters[child].id, graph: graph, nesting: nesting) { return found }
        }
        return nil
    }

    /// Writes the nodes and clusters inside `parent`, and returns, for a subtree that no edge touches,
    /// the nodes where its grid's chains start and end. Such clusters, like such nodes, would all stand
    /// in one rank, so `clusterGrid` gets invisible edges that chain each to the one `rows` further on,
    /// a grid of clusters. They are written after every subgraph (an edge inside one would pull its
    /// ends into it).
    @discardableResult
    func writeClusters(
        of parent: String?, graph: Graph, nesting: Graph.Nesting, statement: (Int, inout String) -> Void,
        linked: Set<String>, indent: String, into out: inout String, clusterGrid: inout String,
        flush: (inout String) -> Void
    ) -> Untouched? {
        let members = nesting.nodes(in: parent)
        for index in members {
            out += indent
            statement(index, &out)
            out += "\n"
            flush(&out)
        }
        let isolated = members.map { graph.nodes[$0].id }.filter { !linked.contains($0) }
        Self.appendGrid(of: isolated, indent: indent, to: &out)
        var untouched = isolated.count == members.count
        var children: [Untouched] = []
        for index in nesting.children(of: parent) {
            let cluster = graph.clusters[index]
            out += indent
            out += "subgraph "
            Self.appendQuoted("cluster_" + cluster.id, to: &out)
            out += " {\n"
            out += indent
            out += "  style=rounded; color=\"#bbbbbb\";\n"
            Self.appendTitle(of: cluster, anchor: Self.firstNode(in: cluster.id, graph: graph, nesting: nesting), indent: indent + "  ", to: &out)
            let child = writeClusters(
                of: cluster.id, graph: graph, nesting: nesting, statement: statement, linked: linked,
                indent: indent + "  ", into: &out, clusterGrid: &clusterGrid, flush: flush)
            out += indent
            out += "}\n"
            if let child { children.append(child) } else { untouched = false }
        }
        let childRows = Self.gridRows(children.count)
        for i in 0..<max(0, children.count - childRows) {
            // Every chain that ends in one cluster, through one invisible point, to every chain that
            // starts in the cluster a column further on: so all of it is drawn after all of the first.
            let junction = "__grid_\(clusterGrid.utf8.count)"
            clusterGrid += "  "
            Self.appendQuoted(junction, to: &clusterGrid)
            clusterGrid += " [shape=point, style=invis, width=0, height=0, label=\"\"];\n"
            for tail in children[i].tails { Self.appendInvisibleEdge(from: tail, to: junction, to: &clusterGrid) }
            for head in children[i + childRows].heads { Self.appendInvisibleEdge(from: junction, to: head, to: &clusterGrid) }
        }
        guard untouched, !isolated.isEmpty || !children.isEmpty else { return nil }
        // A grid of n things in rows r is r chains: they start at the first r and end at the last r.
        let rows = Self.gridRows(isolated.count)
        var heads = Array(isolated.prefix(rows))
        var tails = Array(isolated.suffix(rows))
        for child in children.prefix(childRows) { heads += child.heads }
        for child in children.suffix(childRows) { tails += child.tails }
        return Untouched(heads: heads, tails: tails)
    }

    /// A subtree that no edge touches: the nodes its grid's chains start at and end at.
    struct Untouched {
        var heads: [String]
        var tails: [String]
    }

    private static func appendInvisibleEdge(from: String, to: String, to out: inout String) {
        out += "  "
        appendQuoted(from, to: &out)
        out += " -> "
        appendQuoted(to, to: &out)
        out += " [style=invis];\n"
    }

    /// The rows of the grid that `count` nodes or clusters without edges are laid out in: all in one
    /// column up to three, else about as many rows as columns.
    private static func gridRows(_ count: Int) -> Int {
        guard count > 3 else { return max(count, 1) }
        var rows = 2
        while rows * rows < count { rows += 1 }
        return rows
    }

    /// Nodes that no edge touches would all fall into one rank, a strip as long as their number (2,400
    /// tools of the CNCF landscape: 478 x 142,169 points). Above three in one cluster, invisible edges
    /// from each to the one `rows` further on lay them out as a grid of about as many columns as rows
    /// (each column one rank, in node order; Graphviz decides the order within a column).
    private static func appendGrid(of isolated: [String], indent: String, to out: inout String) {
        let rows = gridRows(isolated.count)
        for i in 0..<max(0, isolated.count - rows) {
            out += indent
            appendQuoted(isolated[i], to: &out)
            out += " -> "
            appendQuoted(isolated[i + rows], to: &out)
            out += " [style=invis];\n"
        }
    }
}
