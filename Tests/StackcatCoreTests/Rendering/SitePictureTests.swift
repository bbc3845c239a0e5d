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

/// What the site asks Graphviz to draw, and what it writes around the drawing: an HTML legend of
/// what the picture uses, tool neighbourhoods without category frames, and a dense overview without
/// edge labels but with its edges as a table.
@Suite("site pictures")
struct SitePictureTests {
    let drawn = "<svg width=\"10pt\"><g/></svg>"

    func page(_ generator: SiteGenerator, _ path: String) throws -> SiteGenerator.Page {
        try #require(generator.pages().first { $0.path == path })
    }

    /// The legend items of a page, as "label" in order.
    func legend(_ html: String) -> [String] {
        guard let start = html.range(of: "<ul class=\"graph-legend\" aria-label=\"Legend\">\n"),
            let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex)
        else { return [] }
        return html[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
            String(line.split(separator: "</svg>").last!.dropLast("</li>".count))
        }
    }

    @Test func siteGraphsLeaveTheLegendAndTitleToThePage() throws {
        let generator = SiteGenerator(catalog: try Repository.check().catalog)
        for path in ["index.html", "tools/spinnaker.html", "categories/delivery.html", "stacks/mercari-2018.html"] {
            let dot = try #require(generator.dot(of: try page(generator, path)), "\(path)")
            #expect(!dot.contains(">Legend</FONT>"), "\(path)")
            #expect(!dot.contains("labelloc=t"), "\(path): the page's caption names the graph")
        }
        // A tool's neighbours are not framed one by one in their categories; a category's tools are
        // grouped in its subcategories.
        #expect(!(try #require(generator.dot(of: try page(generator, "tools/spinnaker.html")))).contains("subgraph"))
        #expect(try #require(generator.dot(of: try page(generator, "categories/delivery.html"))).contains("subgraph \"cluster_cd\""))
        // `graph` itself keeps both.
        var query = GraphQuery()
        query.root = "spinnaker"
        let graph = try query.build(from: generator.catalog)
        let text = DOTFormat().render(graph)
        #expect(text.contains(">Legend</FONT>") && text.contains("subgraph \"cluster_delivery\""))
    }

    @Test func nodesLinkToTheirPagesOnTheSite() throws {
        let generator = SiteGenerator(catalog: try InHouseCatalog.load())
        let tool = try #require(generator.dot(of: try page(generator, "tools/checkout-api.html")))
        #expect(tool.contains("URL=\"../tools/checkout-api.html\""))
        #expect(!tool.contains("URL=\"http"), "not the tools' homepages")
        let overview = try #require(generator.dot(of: try page(generator, "index.html")))
        let links = overview.split(separator: "\n").filter { $0.contains("URL=") }
        #expect(!links.isEmpty && links.allSatisfy { $0.contains("URL=\"categories/") })
        // The stack's in-house parts have no page, so no link.
        let stack = try #require(generator.graph(of: try page(generator, "stacks/shop.html")))
        for node in stack.nodes { #expect((node.homepage != nil) == generator.catalog.hasTool(node.id), "\(node.id)") }
    }

    @Test func theLegendNamesWhatThePictureUsesAndNothingElse() throws {
        let generator = SiteGenerator(catalog: try InHouseCatalog.load())
        let stack = try page(generator, "stacks/shop.html")
        let graph = try #require(generator.graph(of: stack))
        let items = legend(generator.contents(of: stack, graph: graph, svg: drawn))
        let hostings = Hosting.allCases.filter { hosting in graph.nodes.contains { $0.hosting == hosting } }.map(\.rawValue)
        let rings = ["adopt", "trial or assess", "hold"]
        let relations = graph.legend.map(\.label)
        #expect(items == hostings + ["in-house"] + rings + relations)
        #expect(items.contains("flow"), "the stack's flows are in the legend")
        #expect(Set(graph.edges.map(\.label)).isSubset(of: Set(relations + graph.edges.filter(\.isFlow).map(\.label))))

        // A tool's neighbourhood has no rings and no flows.
        let tool = try page(generator, "tools/checkout-api.html")
        let toolItems = legend(generator.contents(of: tool, svg: drawn))
        #expect(!toolItems.isEmpty && !toolItems.contains("adopt") && !toolItems.contains("hold") && !toolItems.contains("flow"))
        // Without a drawing there is no legend: the edges are listed with their relations' names.
        #expect(legend(generator.contents(of: stack, svg: nil)).isEmpty)
    }

    @Test func swatchesAreDecorativeAndEscaped() {
        let node = Graph.Node(id: "", label: "managed", category: nil, hosting: .managed, summary: "", homepage: nil, ring: .trial, isInHouse: false)
        let swatch = SiteSVG.swatch(for: node)
        #expect(swatch.hasPrefix("<svg width=\"34\" height=\"20\" viewBox=\"0 0 34 20\" aria-hidden=\"true\" focusable=\"false\">"))
        #expect(swatch.contains("rx=\"4\"") && swatch.contains("stroke-dasharray=\"4,2\""), "rounded for managed, dashed for trial")
        let hostile = SiteSVG.swatch(for: EdgeStyle(color: "\"/><script>x</script>", line: .dotted), symmetric: true, isFlow: false)
        #expect(!hostile.contains("<script>") && hostile.contains("&quot;/&gt;&lt;script&gt;"))
        #expect(!hostile.contains("<path"), "a symmetric relation has no arrowhead")
        #expect(SiteSVG.swatch(for: Graph.flowStyle, symmetric: false, isFlow: true).contains("stroke-width=\"2.5\""))
    }

    /// A catalog whose tools relate to nothing (an imported CNCF landscape is like this): no page
    /// draws a graph, since it would only repeat the page's list of tools in boxes, and the index
    /// says why it has no overview.
    @Test func graphsWithoutEdgesAreNotDrawn() throws {
        let generator = SiteGenerator(catalog: Self.denseCatalog(relating: false))
        for page in generator.pages() { #expect(generator.graph(of: page) == nil, "\(page.path)") }
        let index = generator.contents(of: try page(generator, "index.html"), svg: nil)
        #expect(
            index.contains(
                "<p>No tool relates to a tool in another top-level category, so there is no overview to draw: the category tree counts the tools.</p>"))
        let category = generator.contents(of: try page(generator, "categories/c1.html"), svg: nil)
        #expect(!category.contains("<figure class=\"graph\">") && !category.contains("id=\"graph\""))
    }

    /// Ten top-level categories, one tool in each, every tool using every other: 90 edges between
    /// categories, more than `DOTFormat.labelledEdgeLimit`.
    static func denseCatalog(relating: Bool = true) -> Catalog {
        var fixture = Fixture.valid.without("stacks/demo.yaml").without("tools/spinnaker.yaml").without("tools/kubernetes.yaml")
        fixture = fixture.with("categories.yaml", (0..<10).map { "- id: c\($0)\n  name: Category \($0)\n" }.joined())
        fixture = fixture.with("relations.yaml", Fixture.relations + "- id: uses\n  label: uses\n  inverse: used by\n")
        for i in 0..<10 {
            let relations = relating ? (0..<10).filter { $0 != i }.map { "  - type: uses\n    target: t\($0)\n" }.joined() : ""
            fixture = fixture.with(
                "tools/t\(i).yaml",
                """
                name: Tool \(i)
                category: c\(i)
                summary: Tool number \(i).
                homepage: https://example.com/\(i)
                license: MIT
                hosting: self-hosted
                lifecycle: active
                \(relating ? "relations:\n" : "")\(relations)sources: [https://example.com/\(i)]

                """)
        }
        let check = fixture.check()
        #expect(check.errorCount == 0, "\(check.diagnostics.map(Fixture.describe))")
        return check.catalog
    }

    @Test func aDenseOverviewIsDrawnWithoutLabelsAndListed() throws {
        let generator = SiteGenerator(catalog: Self.denseCatalog())
        let index = try page(generator, "index.html")
        let graph = try #require(generator.graph(of: index))
        #expect(graph.mergedEdges.count == 90)
        let dot = generator.dot(of: graph)
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edgeLines.count == 90)
        #expect(edgeLines.allSatisfy { !$0.contains("label=") && $0.contains("penwidth=0.8") && $0.contains("tooltip=\"uses ×1\"") })
        let html = generator.contents(of: index, graph: graph, svg: drawn)
        #expect(html.contains("<summary>Too many edges to label: the relations as a table</summary>"))
        #expect(html.components(separatedBy: "<tr><td><a href=\"categories/c").count - 1 == 90)
        #expect(legend(html).last == "relations (the more, the wider; hover for which)")

        // The built-in catalog's overview, and every tool, category and stack graph, keep their labels.
        let builtin = SiteGenerator(catalog: try Repository.check().catalog)
        for page in builtin.pages() {
            guard let graph = builtin.graph(of: page) else { continue }
            #expect(SiteGenerator.labelsEdges(of: graph), "\(page.path)")
        }
        let stack = SiteGenerator(catalog: try InHouseCatalog.load())
        #expect(stack.dot(of: try #require(stack.graph(of: try page(stack, "stacks/shop.html")))).contains("[label="))
    }

    /// The site's Graphviz workers take a graph when every text Graphviz measures is ASCII; tooltips
    /// and links may hold anything.
    @Test func onlyMeasuredTextDecidesWhetherAGraphIsPlainASCII() throws {
        let style = EdgeStyle(color: "#336699", line: .solid)
        func graph(label: String, summary: String, edge: String) -> Graph {
            let nodes = ["a", "b"].map {
                Graph.Node(
                    id: $0, label: $0 == "a" ? label : "b", category: nil, hosting: .saas, summary: summary,
                    homepage: "https://example.com/é", ring: nil, isInHouse: false)
            }
            return Graph(
                nodes: nodes, edges: [Graph.Edge(from: "a", to: "b", type: "uses", label: edge, note: "naïve", symmetric: false, style: style)],
                clusters: [], legend: [(type: "uses", label: edge, symmetric: false, style: style)])
        }
        // `graph`'s legend draws arrows (→), which are not ASCII; the site leaves the legend to the page.
        #expect(!DOTFormat().measuresOnlyASCII(graph(label: "Cafe", summary: "", edge: "uses")))
        var format = DOTFormat()
        format.drawsLegend = false
        #expect(format.measuresOnlyASCII(graph(label: "Cafe", summary: "Café — a summary", edge: "uses")))
        #expect(!format.measuresOnlyASCII(graph(label: "Café", summary: "", edge: "uses")))
        #expect(!format.measuresOnlyASCII(graph(label: "Cafe", summary: "", edge: "uses ×2")))
        format.labelsEdges = false
        #expect(format.measuresOnlyASCII(graph(label: "Cafe", summary: "", edge: "uses ×2")), "unlabelled edges are not measured")
        var titled = graph(label: "Cafe", summary: "", edge: "uses")
        titled.title = "Überblick"
        #expect(!DOTFormat().measuresOnlyASCII(titled))

        // The dense overview's counts (`×`) are only in tooltips: the workers take it.
        let generator = SiteGenerator(catalog: Self.denseCatalog())
        let overview = try #require(generator.graph(of: try page(generator, "index.html")))
        #expect(generator.dot(of: overview).contains("×") && generator.measuresOnlyASCII(overview))
    }

    @Test func unlabelledEdgesWidenWithTheirCount() {
        let style = EdgeStyle(color: "#336699", line: .solid)
        let nodes = ["a", "b", "c"].map {
            Graph.Node(id: $0, label: $0, category: nil, hosting: nil, summary: "", homepage: nil, ring: nil, isInHouse: false, count: 1)
        }
        var edges: [Graph.Edge] = []
        for (to, count) in [("b", 1), ("c", 64)] {
            var edge = Graph.Edge(from: "a", to: to, type: "uses", label: "uses ×\(count)", note: nil, symmetric: false, style: style)
            edge.count = count
            edges.append(edge)
        }
        var format = DOTFormat()
        format.labelsEdges = false
        let text = format.render(Graph(nodes: nodes, edges: edges, clusters: [], legend: [(type: "uses", label: "uses", symmetric: false, style: style)]))
        #expect(text.contains("\"a\" -> \"b\" [color=\"#55555599\", penwidth=0.8, tooltip=\"uses ×1\"];"))
        #expect(text.contains("\"a\" -> \"c\" [color=\"#55555599\", penwidth=3.8, tooltip=\"uses ×64\"];"))
    }
}
