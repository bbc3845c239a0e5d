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
            out += "  \(Self.nodeID(edge.from)) \(arrow)\(label) \(Self.nodeID(edge.to))\n"
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
        let trial = graph.nodes.filter { $0.ring == .trial || $0.ring == .assess }.map { Self.nodeID($0.id) }
        let hold = graph.nodes.filter { $0.ring == .hold }.map { Self.nodeID($0.id) }
        let inHouse = graph.nodes.filter(\.isInHouse).map { Self.nodeID($0.id) }
        if !trial.isEmpty {
            out += "  classDef trial stroke-dasharray:5 5\n  class \(trial.joined(separator: ",")) trial\n"
        }
        if !hold.isEmpty {
            out += "  classDef hold stroke:#999999,color:#999999\n  class \(hold.joined(separator: ",")) hold\n"
        }
        if !inHouse.isEmpty {
            out += "  classDef inhouse fill:#fff7e0\n  class \(inHouse.joined(separator: ",")) inhouse\n"
        }
        return out
    }

    private func writeSubgraphs(of parent: String?, graph: Graph, nesting: Graph.Nesting, indent: String, into out: inout String) {
        for index in nesting.nodes(in: parent) {
            out += indent + Self.nodeID(graph.nodes[index].id) + shape(graph.nodes[index]) + "\n"
        }
        for index in nesting.children(of: parent) {
            let cluster = graph.clusters[index]
            out += "\(indent)subgraph \(Self.clusterID(cluster.id))[\(Self.quote(cluster.label))]\n"
            writeSubgraphs(of: cluster.id, graph: graph, nesting: nesting, indent: indent + "  ", into: &out)
            out += "\(indent)end\n"
        }
    }

    private func shape(_ node: Graph.Node) -> String {
        if let count = node.count {
            return "(\"" + Self.quote(node.label).dropFirst().dropLast() + "<br>\(count) tool\(count == 1 ? "" : "s")\")"
        }
        let label = Self.quote(node.label)
        switch node.hosting {
        case .managed?: return "(\(label))"
        case .saas?: return "([\(label)])"
        case .library?: return "[[\(label)]]"
        case .specification?: return "[/\(label)/]"
        case .pattern?: return "{{\(label)}}"
        default: return "[\(label)]"
        }
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

    static func nodeID(_ id: String) -> String { "t_" + id.replacingHyphens() }
    static func clusterID(_ id: String) -> String { "c_" + id.replacingHyphens() }

    /// A double-quoted Mermaid label: characters that Mermaid or the HTML it renders would read as
    /// syntax become `#code;` entities, line breaks become spaces.
    public static func quote(_ text: String) -> String {
        var out = "\""
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
        return out + "\""
    }
}

extension String {
    func replacingHyphens() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
