/// A Mermaid `flowchart` that GitHub renders: the same category subgraphs, labels and link styles as
/// the DOT output. Ids are prefixed so that no catalog id can clash with Mermaid keywords.
public struct MermaidFormat: Sendable {
    public var direction: DOTFormat.Direction

    public init(direction: DOTFormat.Direction = .LR) {
        self.direction = direction
    }

    public func render(_ graph: Graph) -> String {
        var out = "flowchart \(direction.rawValue)\n"
        writeSubgraphs(of: nil, graph: graph, nesting: graph.nesting, indent: "  ", into: &out)
        for edge in graph.edges {
            let arrow = edge.symmetric ? "---" : "-->"
            let label = edge.label.isEmpty ? "" : "|\(Self.quote(edge.label))|"
            out += "  \(Self.nodeID(edge.from)) \(arrow)\(label) \(Self.nodeID(edge.to))\n"
        }
        for (i, edge) in graph.edges.enumerated() {
            var style = "stroke:\(edge.style.color),color:\(edge.style.color)"
            switch edge.style.line {
            case .solid: break
            case .dashed: style += ",stroke-dasharray:6 4"
            case .dotted: style += ",stroke-dasharray:2 3"
            }
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
