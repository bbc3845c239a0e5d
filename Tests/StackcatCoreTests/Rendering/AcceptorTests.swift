import Foundation
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

/// The real Graphviz and a real GFM parser accept everything stackcat generates.
@Suite("Real acceptors: Graphviz and cmark-gfm")
struct AcceptorTests {
    @Test func graphvizAcceptsEveryGraphOfTheBuiltInCatalog() throws {
        let catalog = try Repository.check().catalog
        try Graphviz.check(DOTFormat().render(try GraphQuery().build(from: catalog)), name: "all")
        try Graphviz.check(DOTFormat(direction: .TB).render(try GraphQuery().build(from: catalog)), name: "all TB")
        for category in catalog.categories {
            var query = GraphQuery()
            query.categories = [category.id.value]
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "category \(category.id.value)")
        }
        for type in catalog.relationTypes {
            var query = GraphQuery()
            query.relationTypes = [type.id.value]
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "relation \(type.id.value)")
        }
        for stack in catalog.stacks {
            var query = GraphQuery()
            query.stack = stack.id
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "stack \(stack.id)")
            query.collapse = .category
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "stack \(stack.id) by category")
        }
        for collapse in GraphCollapse.allCases {
            var query = GraphQuery()
            query.collapse = collapse
            query.title = "A \"title\" <b>with</b> \\N"
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "collapse \(collapse)")
            try Graphviz.check(DOTFormat(direction: .TB).render(try query.build(from: catalog)), name: "collapse \(collapse) TB")
        }
        for tool in ["spinnaker", "kubernetes", "heptio-ark", "microservices"] {
            var query = GraphQuery()
            query.root = tool
            query.depth = 2
            try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "root \(tool)")
        }
    }

    @Test func graphvizAcceptsTheHostileFixture() throws {
        let catalog = try FixtureCatalog.load()
        try Graphviz.check(DOTFormat().render(try GraphQuery().build(from: catalog)), name: "fixture")
        var query = GraphQuery()
        query.stack = "demo"
        try Graphviz.check(DOTFormat().render(try query.build(from: catalog)), name: "fixture stack")
        try Graphviz.check(DocsFiles(catalog: catalog).all().first { $0.path == "catalog.dot" }!.contents, name: "catalog.dot")
    }

    @Test func cmarkGFMReadsEveryGeneratedTable() throws {
        for (name, catalog) in [("built-in", try Repository.check().catalog), ("fixture", try FixtureCatalog.load())] {
            for file in DocsFiles(catalog: catalog).all() where file.path.hasSuffix(".md") {
                try GFMTables.check(file.contents, name: "\(name) \(file.path)")
            }
            let markdown = MarkdownTableFormat()
            try GFMTables.check(markdown.render(Listings.tools(catalog.tools, in: catalog), options: .plain), name: "\(name) list")
            try GFMTables.check(markdown.render(Comparison(tools: catalog.tools, in: catalog).table, options: .plain), name: "\(name) compare")
            let renderer = ShowRenderer(catalog: catalog)
            for tool in catalog.tools { try GFMTables.check(renderer.markdown(tool), name: "\(name) show \(tool.id)") }
            for stack in catalog.stacks { try GFMTables.check(renderer.markdown(stack), name: "\(name) show \(stack.id)") }
        }
    }
}
