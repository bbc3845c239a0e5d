import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering

/// Issue 26, item 6: in Graphviz's own layout (`dot -Tjson`), no edge label covers a cluster's title,
/// and the legend is one row beside the title.
@Suite("Graph labels where Graphviz puts them")
struct GraphLabelPlacementTests {
    /// A text Graphviz drew: where, and in which font size.
    struct Text {
        var box: (x0: Double, y0: Double, x1: Double, y1: Double)
        var baseline: Double
        var size: Double

        func overlaps(_ other: Text) -> Bool {
            box.x0 < other.box.x1 && other.box.x0 < box.x1 && box.y0 < other.box.y1 && other.box.y0 < box.y1
        }
    }

    /// The texts of an `_ldraw_` list of xdot operations: from each `T` operation's point, alignment and
    /// width, as tall as the font from the baseline's descent to its ascent.
    static func texts(_ operations: Any?) -> [Text] {
        var size = 14.0
        var out: [Text] = []
        for case let op as [String: Any] in operations as? [Any] ?? [] {
            if op["op"] as? String == "F", let s = op["size"] as? Double { size = s }
            guard op["op"] as? String == "T", let point = op["pt"] as? [Double], let width = op["width"] as? Double else { continue }
            let x0: Double
            switch op["align"] as? String {
            case "l": x0 = point[0]
            case "r": x0 = point[0] - width
            default: x0 = point[0] - width / 2
            }
            out.append(Text(box: (x0, point[1] - 0.3 * size, x0 + width, point[1] + 0.9 * size), baseline: point[1], size: size))
        }
        return out
    }

    /// The layout of `dot`: the titles of the clusters, the edges' labels, the graph's own label.
    static func layout(_ dot: String) throws -> (titles: [String: [Text]], edgeLabels: [Text], graphLabel: [Text]) {
        let run = try ExternalTool.run("dot", ["-Tjson"], input: dot)
        #expect(run.status == 0 && run.stderr == "", "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        var titles: [String: [Text]] = [:]
        for case let object as [String: Any] in json["objects"] as? [Any] ?? [] {
            guard let name = object["name"] as? String else { continue }
            if name.hasPrefix("__title_") { titles[String(name.dropFirst("__title_".count))] = texts(object["_ldraw_"]) }
        }
        let edges = (json["edges"] as? [Any] ?? []).flatMap { texts(($0 as? [String: Any])?["_ldraw_"]) }
        return (titles, edges, texts(json["_ldraw_"]))
    }

    static func checkTitles(of graph: Graph, name: String) throws {
        let dot = DOTFormat().render(graph)
        let layout = try Self.layout(dot)
        #expect(Set(layout.titles.keys) == Set(graph.clusters.map(\.id)), "\(name): every cluster has its title")
        #expect(layout.edgeLabels.count >= graph.mergedEdges.count, "\(name): every edge is labelled")
        var covered: [String] = []
        for (cluster, title) in layout.titles.sorted(by: { $0.key < $1.key }) {
            for text in title where layout.edgeLabels.contains(where: { $0.overlaps(text) }) { covered.append(cluster) }
        }
        #expect(covered.isEmpty, "\(name): edge labels cover the titles of \(covered)")
        // The legend is one row: every text of it on one baseline, beside the title, each after the last.
        let legend = layout.graphLabel.filter { $0.size < 12 }
        #expect(legend.count > graph.legend.count, "\(name)")
        #expect(Set(legend.map(\.baseline)).count == 1, "\(name): the legend takes \(Set(legend.map(\.baseline)).count) rows")
        #expect(zip(legend, legend.dropFirst()).allSatisfy { $0.box.x1 <= $1.box.x0 }, "\(name): legend texts overlap")
        let title = layout.graphLabel.filter { $0.size >= 16 }
        #expect(title.count == 1 && title[0].box.x1 <= legend[0].box.x0, "\(name)")
        #expect(title[0].box.y0 < legend[0].box.y1 && legend[0].box.y0 < title[0].box.y1, "\(name): the title and the legend share a row")
        #expect(!dot.contains("cluster__legend"))
    }

    @Test func edgeLabelsNeverCoverClusterTitlesInTheBuiltInCatalog() throws {
        var query = GraphQuery()
        query.title = "The built-in catalog"
        try Self.checkTitles(of: try query.build(from: try Repository.check().catalog), name: "built-in")
    }

    /// A company's catalog: 140 tools in 36 categories of a two-level tree, 260 relations of 12
    /// types (some parallel, some symmetric), long names; the same every run.
    @Test func edgeLabelsNeverCoverClusterTitlesInACompanySizedCatalog() throws {
        try Self.checkTitles(of: Self.companyGraph(), name: "company")
    }

    static func companyGraph() -> Graph {
        var seed: UInt64 = 20_261_207
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["payments", "checkout", "search", "catalog", "identity", "billing", "events", "ledger", "orders", "media", "gateway", "analytics"]
        var clusters: [Graph.Cluster] = []
        for top in 0..<6 {
            clusters.append(Graph.Cluster(id: "area-\(top)", label: "Area \(words[top].capitalized) platform", parent: nil))
            for sub in 0..<5 {
                clusters.append(Graph.Cluster(id: "area-\(top)-\(sub)", label: "\(words[(top + sub) % 12].capitalized) services", parent: "area-\(top)"))
            }
        }
        let nodes = (0..<140).map { i in
            let cluster = clusters[next(clusters.count)].id
            return Graph.Node(
                id: "svc-\(i)", label: "\(words[next(12)].capitalized) \(words[next(12)]) \(i)", category: cluster,
                hosting: Hosting.allCases[next(Hosting.allCases.count)], summary: "Service \(i)", isInHouse: i % 4 == 0)
        }
        let types = (0..<12).map { t in
            (
                type: "rel-\(t)", label: "\(words[t]) \(t % 2 == 0 ? "feeds" : "calls")", symmetric: t % 5 == 0,
                style: EdgeStyle(color: ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"][t % 4], line: [.solid, .dashed, .dotted][t % 3])
            )
        }
        var edges: [Graph.Edge] = []
        for _ in 0..<260 {
            let (from, to, type) = (next(140), next(140), types[next(types.count)])
            guard from != to else { continue }
            edges.append(
                Graph.Edge(from: "svc-\(from)", to: "svc-\(to)", type: type.type, label: type.label, symmetric: type.symmetric, style: type.style))
        }
        // Clusters in tree order and only those that hold a node, as GraphQuery makes them.
        let used = Set(nodes.compactMap(\.category)).union(nodes.compactMap { $0.category?.split(separator: "-").prefix(2).joined(separator: "-") })
        let shown = clusters.filter { used.contains($0.id) }
        return Graph(
            nodes: nodes.sorted { $0.id < $1.id }, edges: edges.sorted(by: Graph.Edge.precedes), clusters: shown, legend: types.map { $0 },
            title: "A company's services")
    }

    /// The overview of a large catalog has too many edges to label: `graph` draws it as the site does,
    /// grey lines as wide as their count, with one legend entry saying so.
    @Test func theDenseOverviewIsDrawnWithoutEdgeLabels() {
        let nodes = (0..<20).map { Graph.Node(id: "c\($0)", label: "Category \($0)", summary: "", isInHouse: false, count: 100) }
        var edges: [Graph.Edge] = []
        for a in 0..<20 {
            for b in 0..<20 where a != b && (a + b) % 3 == 0 {
                edges.append(Graph.Edge(from: "c\(a)", to: "c\(b)", type: "uses", label: "uses ×4", symmetric: false, style: .default, count: 4))
            }
        }
        let graph = Graph(nodes: nodes, edges: edges, clusters: [], legend: [(type: "uses", label: "uses", symmetric: false, style: .default)])
        #expect(graph.mergedEdges.count > DOTFormat.labelledEdgeLimit)
        #expect(!DOTFormat.labelsEdges(of: graph))
        let dot = GraphFormat.dot.render(graph, direction: .LR)
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edgeLines.count == graph.mergedEdges.count && edgeLines.allSatisfy { !$0.contains("label=") && $0.contains("penwidth=") })
        #expect(dot.contains("relations: the more, the wider"))
        // A small overview keeps its labels.
        let small = Graph(nodes: nodes, edges: Array(edges.prefix(10)), clusters: [], legend: graph.legend)
        #expect(GraphFormat.dot.render(small, direction: .LR).contains("[label=\"uses ×4\""))
    }
}
