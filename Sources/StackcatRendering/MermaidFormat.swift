import StackcatQuery

/// A Mermaid `flowchart` that GitHub renders: the same category subgraphs, labels and link styles as
/// the DOT output. Ids are prefixed so that no catalog id can clash with Mermaid keywords.
public struct MermaidFormat: Sendable {
    public var direction: DOTFormat.Direction

    public init(direction: DOTFormat.Direction = .LR) {
        self.direction = direction
    }

    public func render(_ graph: Graph) -> String {
        var out = ""
        if let title = graph.title {
            // Front matter: Mermaid (9.4 and later, as on GitHub) draws the title above the chart.
            out += "---\ntitle: " + Self.yamlQuote(title) + "\n---\n"
        }
        out += "flowchart \(direction.rawValue)\n"
        writeSubgraphs(of: nil, graph: graph, nesting: graph.nesting, indent: "  ", into: &out)
        let edges = graph.mergedEdges
        for edge in edges {
            // Flows are thick links; parallel edges are one link with the labels on separate lines.
            let arrow = edge.hasFlow ? (edge.symmetric ? "===" : "==>") : (edge.symmetric ? "---" : "-->")
            let labels = edge.parts.map(\.label).filter { !$0.isEmpty }
            let label = labels.isEmpty ? "" : "|\"" + labels.map { Self.quote($0).dropFirst().dropLast() }.joined(separator: "<br>") + "\"|"
            out += "  "
            Self.appendID("t_", edge.from, to: &out)
            out += " " + arrow + label + " "
            Self.appendID("t_", edge.to, to: &out)
            out += "\n"
        }
        for (i, edge) in edges.enumerated() {
            let first = edge.parts[0].style
            var style = "stroke:\(first.color),color:\(first.color)"
            switch first.line {
            case .solid: break
            case .dashed: style += ",stroke-dasharray:6 4"
            case .dotted: style += ",stroke-dasharray:2 3"
            }
            if edge.hasFlow { style += ",stroke-width:3px" }
            out += "  linkStyle \(i) \(style)\n"
        }
        writeClass("trial", definition: "stroke-dasharray:5 5", graph.nodes.filter { $0.ring == .trial || $0.ring == .assess }, into: &out)
        writeClass("hold", definition: "stroke:#999999,color:#999999", graph.nodes.filter { $0.ring == .hold }, into: &out)
        writeClass("inhouse", definition: "fill:#fff7e0", graph.nodes.filter(\.isInHouse), into: &out)
        return out
    }

    /// `classDef NAME DEFINITION` and `class ID,ID NAME`, nothing for no nodes.
    private func writeClass(_ name: String, definition: String, _ nodes: [Graph.Node], into out: inout String) {
        guard !nodes.isEmpty else { return }
        out += "  classDef " + name + " " + definition + "\n  class "
        for (i, node) in nodes.enumerated() {
            if i > 0 { out += "," }
            Self.appendID("t_", node.id, to: &out)
        }
        out += " " + name + "\n"
    }

    private func writeSubgraphs(of parent: String?, graph: Graph, nesting: Graph.Nesting, indent: String, into out: inout String) {
        for index in nesting.nodes(in: parent) {
            out += indent
            Self.appendID("t_", graph.nodes[index].id, to: &out)
            writeShape(graph.nodes[index], into: &out)
            out += "\n"
        }
        for index in nesting.children(of: parent) {
            let cluster = graph.clusters[index]
            out += indent + "subgraph "
            Self.appendID("c_", cluster.id, to: &out)
            out += "["
            Self.appendQuoted(cluster.label, to: &out)
            out += "]\n"
            writeSubgraphs(of: cluster.id, graph: graph, nesting: nesting, indent: indent + "  ", into: &out)
            out += indent + "end\n"
        }
    }

    private func writeShape(_ node: Graph.Node, into out: inout String) {
        if let count = node.count {
            out += "(\"" + Self.quote(node.label).dropFirst().dropLast() + "<br>\(count) tool\(count == 1 ? "" : "s")\")"
            return
        }
        let (open, close): (String, String)
        switch node.hosting {
        case .managed?: (open, close) = ("(", ")")
        case .saas?: (open, close) = ("([", "])")
        case .library?: (open, close) = ("[[", "]]")
        case .specification?: (open, close) = ("[/", "/]")
        case .pattern?: (open, close) = ("{{", "}}")
        default: (open, close) = ("[", "]")
        }
        out += open
        Self.appendQuoted(node.label, to: &out)
        out += close
    }

    /// A YAML double-quoted scalar for the front matter, where Mermaid shows the text as it is.
    static func yamlQuote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{85}": out += " "
            default:
                if TerminalText.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Appends a node's (`t_`) or cluster's (`c_`) Mermaid id: the catalog id with its hyphens as
    /// underscores, made byte by byte (an id of up to 15 bytes is a small string, with no allocation)
    /// rather than as a replaced copy of the id's characters.
    static func appendID(_ prefix: String, _ id: String, to out: inout String) {
        out += prefix
        var hyphens = false
        var ascii = true
        for byte in id.utf8 {
            if byte == UInt8(ascii: "-") { hyphens = true }
            if byte >= 0x80 { ascii = false }
        }
        guard hyphens else {
            out += id
            return
        }
        // A hyphen that starts a longer character (a combining mark after it) is not replaced, as a
        // replacement by characters would not; valid ids are ASCII, so this is only for the others.
        guard ascii else {
            out += String(id.map { $0 == "-" ? "_" : $0 })
            return
        }
        out += String(unsafeUninitializedCapacity: id.utf8.count) { buffer in
            var count = 0
            for byte in id.utf8 {
                buffer[count] = byte == UInt8(ascii: "-") ? UInt8(ascii: "_") : byte
                count += 1
            }
            return count
        }
    }

    /// A double-quoted Mermaid label: characters that Mermaid or the HTML it renders would read as
    /// syntax become `#code;` entities, line breaks become spaces.
    public static func quote(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `quote(text)`: text with nothing to replace (printable ASCII other than the entities'
    /// characters, the common case) whole, anything else scalar by scalar.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !needsEntity[Int($0)] }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            case "\\": out += "#92;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "{": out += "#123;"
            case "}": out += "#125;"
            case "(": out += "#40;"
            case ")": out += "#41;"
            case "*": out += "#42;"
            case "_": out += "#95;"
            case "~": out += "#126;"
            case ";": out += "#59;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{85}": out += " "
            default:
                if TerminalText.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// The ASCII characters that `appendQuoted` replaces by an entity.
    private static let needsEntity: [Bool] = (0..<128).map { byte in
        "\"#&<>|`\\[]{}()*_~;".utf8.contains(UInt8(byte))
    }
}
