import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// Graphs big enough that DOT is rendered in blocks on every core: the stitched output must be the
/// one a single pass would write, with every statement once, in its cluster, in order.
@Suite("Large graphs")
struct LargeGraphTests {
    /// 3,000 nodes over a two-level cluster tree (and some outside any cluster), 4,500 edges: more
    /// than one block of each kind, with blocks ending mid-cluster.
    func largeGraph() -> Graph {
        let clusters = (0..<6).map { Graph.Cluster(id: "c\($0)", label: "Cluster \($0)", parent: $0 < 2 ? nil : "c\($0 % 2)") }
        let nodes = (0..<3000).map { i in
            Graph.Node(
                id: "n\(i)", label: "Node \(i) \"quoted\"", category: i % 7 == 0 ? nil : "c\(i % 6)",
                hosting: Hosting.allCases[i % Hosting.allCases.count], summary: i % 5 == 0 ? "" : "Summary of \(i)",
                homepage: i % 3 == 0 ? nil : "https://example.org/\(i)", ring: nil, isInHouse: false)
        }
        let style = EdgeStyle(color: "#336699", line: .dashed)
        let edges = (0..<4500).map { i in
            Graph.Edge(
                from: "n\(i % 3000)", to: "n\((i * 7 + 1) % 3000)", type: "uses", label: "uses",
                note: i % 4 == 0 ? "note \(i)" : nil, symmetric: i % 9 == 0, style: style)
        }
        return Graph(nodes: nodes, edges: edges, clusters: clusters, legend: [(type: "uses", label: "uses", symmetric: false, style: style)])
    }

    @Test func blockRenderingMatchesAStatementByStatementReading() {
        let graph = largeGraph()
        let lines = DOTFormat().render(graph).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        // Each node statement once, inside the subgraph of its cluster (or at the top level).
        var cluster: [String?] = [nil]
        var seen: [String: String?] = [:]
        var nodeOrder: [String] = []
        var edgeLines: [String] = []
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("subgraph \"cluster_") {
                let id = trimmed.dropFirst("subgraph \"cluster_".count).prefix { $0 != "\"" }
                cluster.append(String(id))
            } else if trimmed == "}" {
                cluster.removeLast()
            } else if trimmed.hasPrefix("\"n"), trimmed.contains(" [label=") {
                let id = String(trimmed.dropFirst().prefix { $0 != "\"" })
                if trimmed.contains(" -> ") {
                    edgeLines.append(String(trimmed))
                } else {
                    #expect(seen[id] == nil, "node \(id) written twice")
                    seen[id] = cluster.last!
                    nodeOrder.append(id)
                }
            }
        }
        #expect(seen.count == graph.nodes.count)
        for node in graph.nodes { #expect(seen[node.id] == .some(node.category), "node \(node.id) in the wrong cluster") }
        // Within a cluster, nodes keep graph order.
        for id in [nil] + graph.clusters.map(\.id) as [String?] {
            let expected = graph.nodes.filter { $0.category == id }.map(\.id)
            #expect(nodeOrder.filter { seen[$0] == .some(id) } == expected)
        }
        // Edges: one statement per pair of nodes (parallel edges merged), in order, each whole.
        let merged = graph.mergedEdges
        #expect(merged.count < graph.edges.count, "the fixture has parallel edges")
        #expect(edgeLines.count == merged.count)
        for (line, edge) in zip(edgeLines, merged) {
            let label = edge.parts.count == 1 ? "[label=\"uses\"" : "[label=<"
            #expect(line.hasPrefix("\(DOTFormat.quote(edge.from)) -> \(DOTFormat.quote(edge.to)) \(label)"))
            #expect(line.hasSuffix("];"))
            #expect(line.contains("dir=none") == edge.symmetric)
            #expect(line.contains("note") == edge.parts.contains { $0.note != nil })
        }
    }

    /// Written in pieces (as `stackcat graph` streams to standard output) or in one pass on one core,
    /// the text is the same as rendered whole.
    @Test func piecesAndOneCoreGiveTheSameText() {
        let graph = largeGraph()
        let whole = DOTFormat().render(graph)
        for limit in [1, 1000, 1 << 16] {
            var pieces: [String] = []
            DOTFormat().write(graph, flushingAt: limit) { pieces.append($0) }
            #expect(pieces.joined() == whole, "pieces of \(limit) bytes")
            #expect(pieces.count > 1, "a graph this size comes in several pieces at \(limit) bytes")
        }
        var oneCore = DOTFormat()
        oneCore.usesEveryCore = false
        #expect(oneCore.render(graph) == whole)
    }

    /// Graphviz's own parser (`nop`, which reads and reprints a graph without laying it out: a layout
    /// of 3,000 nodes would take minutes) accepts the stitched text.
    @Test func graphvizParsesALargeGraph() throws {
        let result = try ExternalTool.run("nop", [], input: DOTFormat().render(largeGraph()))
        #expect(result.status == 0, "nop exit status")
        #expect(result.stderr == "", "nop said \(result.stderr)")
        #expect(result.stdout.contains("n2999"))
    }
}
