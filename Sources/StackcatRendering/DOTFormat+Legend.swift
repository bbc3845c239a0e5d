import StackcatModel
import StackcatQuery

/// The legend and the title: one HTML-like label at the top of the graph, a row of the title and then
/// the legend (`GraphLegend`). Graphviz keeps the graph's label clear of
/// everything it lays out, and a row costs the picture a line, not a column as tall as the samples.
extension DOTFormat {
    /// The graph's label statement (`label=...; labelloc=t; ...`), or "" when there is neither a
    /// title nor a legend. Without a legend the title is a plain string.
    func graphLabel(_ graph: Graph) -> String {
        let legend = drawsLegend ? legendRow(graph) : nil
        guard let legend else {
            guard let title = graph.title else { return "" }
            return "  label=" + Self.quote(title) + "; labelloc=t; labeljust=l; fontsize=16;\n"
        }
        // One table of one row, the title in its first cell: a table in a cell of another is
        // stretched to the cell's width by Graphviz, which spread the legend's cells out under a long
        // title.
        var out = "  label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR>"
        if let title = graph.title {
            out += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">" + XMLText.escape(title) + "</FONT></TD><TD WIDTH=\"8\"></TD>"
        }
        out += legend + "</TR></TABLE>>; labelloc=t; labeljust=l;\n"
        return out
    }

    /// The legend as cells of a table's row: "Legend", a cell drawn as each kind of node is, then each
    /// edge style (its label in its colour over a line of its colour and pattern; an arrow unless
    /// the relation is symmetric), or, for edges without labels, what their width means.
    func legendRow(_ graph: Graph) -> String? {
        let legend = GraphLegend(graph)
        guard !legend.isEmpty else { return nil }
        var cells = ["<TD><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">Legend</FONT></TD>"]
        cells += legend.nodes.map { Self.legendCell(for: $0.node) }
        if !legend.edges.isEmpty {
            if labelsEdges {
                cells += legend.edges.map { Self.legendCell(for: $0.style, label: $0.label, symmetric: $0.symmetric, isFlow: $0.type == "flow") }
            } else {
                cells.append(
                    "<TD BORDER=\"2\" SIDES=\"B\" COLOR=\"#55555599\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">"
                        + "relations: the more, the wider (tooltips say which)</FONT></TD>")
            }
        }
        return cells.joined()
    }

    /// A kind of node as a cell: a box, rounded for managed tools and groups, dashed for trial or
    /// assess, grey for hold, shaded for in-house parts and groups; a shape that a table cannot draw
    /// is named after the label (`nodeAttributes` gives the shapes).
    static func legendCell(for node: Graph.Node) -> String {
        let ink = node.ring == .hold ? "#999999" : "#000000"
        var fill: String?
        if node.isInHouse { fill = "#fff7e0" } else if node.count != nil { fill = "#eef3f8" }
        var shape: String?
        if node.count == nil {
            switch node.hosting {
            case .saas?: shape = "ellipse"
            case .library?: shape = "component"
            case .specification?: shape = "note"
            case .pattern?: shape = "hexagon"
            case .inHouse?, nil: shape = "3-D box"
            case .selfHosted?, .managed?: shape = nil
            }
        }
        let text = "<FONT POINT-SIZE=\"9\" COLOR=\"\(ink)\">" + XMLText.escape(node.label) + (shape.map { " (\($0))" } ?? "") + "</FONT>"
        var frame = "BORDER=\"1\" COLOR=\"\(ink)\""
        if node.ring == .trial || node.ring == .assess { frame += " STYLE=\"dashed\"" }
        if let fill { frame += " BGCOLOR=\"\(fill)\"" }
        if node.count != nil || node.hosting == .managed {
            return "<TD><TABLE \(frame) STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD>\(text)</TD></TR></TABLE></TD>"
        }
        return "<TD \(frame)>\(text)</TD>"
    }

    /// An edge style as a cell: the label in its colour (bold for flows) over a line in its colour and
    /// pattern, thicker for flows; an arrow after the label unless the relation is symmetric.
    static func legendCell(for style: EdgeStyle, label: String, symmetric: Bool, isFlow: Bool) -> String {
        let color = XMLText.escape(style.color)
        var frame = "BORDER=\"\(isFlow ? 2 : 1)\" SIDES=\"B\" COLOR=\"\(color)\""
        switch style.line {
        case .solid: break
        case .dashed: frame += " STYLE=\"dashed\""
        case .dotted: frame += " STYLE=\"dotted\""
        }
        var text = XMLText.escape(label)
        if isFlow { text = "<B>\(text)</B>" }
        if !symmetric { text += " &#8594;" }
        return "<TD \(frame)><FONT POINT-SIZE=\"9\" COLOR=\"\(color)\">\(text)</FONT></TD>"
    }

    /// Whether `graph`'s edges are drawn with labels when it is drawn whole: always, except on an
    /// overview (a collapsed graph) with more than `labelledEdgeLimit` edges after parallel ones are
    /// merged. In a large catalog every top-level category may relate to every other: 20 categories
    /// made 190 edges of 13 stacked labels each, ten seconds of Graphviz for a wall of overlapping
    /// text. Tool, category and stack graphs keep their labels: there they are what the picture is
    /// read for. `graph` and the site both ask this.
    public static func labelsEdges(of graph: Graph) -> Bool {
        guard graph.nodes.contains(where: { $0.count != nil }), graph.edges.count > labelledEdgeLimit else { return true }
        return graph.mergedEdges.count <= labelledEdgeLimit
    }

    /// The format that `graph` draws `graph` with: edge labels unless there are too many to read.
    public static func drawing(_ graph: Graph, direction: Direction) -> DOTFormat {
        var format = DOTFormat(direction: direction)
        format.labelsEdges = labelsEdges(of: graph)
        return format
    }

    /// See `labelsEdges(of:)`.
    public static let labelledEdgeLimit = 60
}
