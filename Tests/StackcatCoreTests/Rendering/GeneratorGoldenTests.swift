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

@Suite("Generators against golden files")
struct GeneratorGoldenTests {
    @Test func compareInEveryFormat() throws {
        let catalog = try FixtureCatalog.load()
        let tools = ["spinnaker", "kubernetes", "hostile", "old-tool"].compactMap(catalog.tool)
        let comparison = Comparison(tools: tools, in: catalog)
        Golden.check(TextTableFormat().render(comparison.table, options: .plain), "compare/tools.txt")
        Golden.check(WrappedTableFormat().render(comparison.table, options: RenderOptions(terminalWidth: 70)), "compare/tools-wrapped-70.txt")
        Golden.check(MarkdownTableFormat().render(comparison.table, options: .plain), "compare/tools.md")
        Golden.check(CSVTableFormat().render(comparison.table, options: .plain), "compare/tools.csv")
        Golden.check(comparison.json.rendered(), "compare/tools.json")
        let stacks = StackComparison(catalog.stack("demo")!, catalog.stack("later")!, in: catalog)
        Golden.check(TextTableFormat().render(stacks.table, options: .plain), "compare/stacks.txt")
        Golden.check(MarkdownTableFormat().render(stacks.table, options: .plain), "compare/stacks.md")
        Golden.check(CSVTableFormat().render(stacks.table, options: .plain), "compare/stacks.csv")
        Golden.check(stacks.json.rendered(), "compare/stacks.json")
    }

    @Test func radarInEveryFormat() throws {
        let catalog = try FixtureCatalog.load()
        let radar = Radar(stack: catalog.stack("later")!, in: catalog, baseline: catalog.stack("demo")!)
        Golden.check(RadarSVGFormat.render(radar, title: nil), "radar/later-since-demo.svg")
        Golden.check(RadarCSVFormat.render(radar), "radar/later-since-demo.csv")
        Golden.check(RadarJSONFormat.render(radar), "radar/later-since-demo.json")
        Golden.check(RadarSVGFormat.render(Radar(stack: catalog.stack("demo")!, in: catalog), title: nil), "radar/demo.svg")
    }

    @Test func wrappedTablesFitTheWidth() throws {
        let catalog = try Repository.check().catalog
        var filter = ToolFilter()
        filter.categories = ["cd"]
        let table = Comparison(tools: try filter.apply(to: catalog), in: catalog).table
        for width in [40, 80, 120] {
            let text = WrappedTableFormat().render(table, options: RenderOptions(terminalWidth: width))
            let widest = text.split(separator: "\n").map { TerminalText.width(String($0)) }.max() ?? 0
            #expect(widest <= width, "width \(width)")
            // Wide enough for whole ids: every tool appears once, uncut, in the blocks' id rows.
            if width >= 80 { #expect(text.components(separatedBy: "spinnaker-kubernetes-v2").count == 2) }
        }
    }

    @Test func graphInEveryFormat() throws {
        let catalog = try FixtureCatalog.load()
        let all = try GraphQuery().build(from: catalog)
        Golden.check(DOTFormat().render(all), "graph/all.dot")
        Golden.check(MermaidFormat().render(all), "graph/all.mmd")
        Golden.check(GraphJSONFormat.render(all), "graph/all.json")
        Golden.check(DOTFormat(direction: .TB).render(all), "graph/all-tb.dot")
        var stack = GraphQuery()
        stack.stack = "demo"
        let stackGraph = try stack.build(from: catalog)
        Golden.check(DOTFormat().render(stackGraph), "graph/stack-demo.dot")
        Golden.check(MermaidFormat().render(stackGraph), "graph/stack-demo.mmd")
        Golden.check(GraphJSONFormat.render(stackGraph), "graph/stack-demo.json")
        var root = GraphQuery()
        root.root = "old-tool"
        root.depth = 1
        Golden.check(DOTFormat().render(try root.build(from: catalog)), "graph/root-old-tool-1.dot")
        var category = GraphQuery()
        category.categories = ["runtime"]
        Golden.check(MermaidFormat().render(try category.build(from: catalog)), "graph/category-runtime.mmd")
        var collapsed = GraphQuery()
        collapsed.collapse = .category
        collapsed.title = "Fixture overview"
        Golden.check(DOTFormat().render(try collapsed.build(from: catalog)), "graph/collapse-category.dot")
        Golden.check(MermaidFormat().render(try collapsed.build(from: catalog)), "graph/collapse-category.mmd")
        collapsed.collapse = .stack
        Golden.check(DOTFormat().render(try collapsed.build(from: catalog)), "graph/collapse-stack.dot")
        var relation = GraphQuery()
        relation.relationTypes = ["deploys-to"]
        Golden.check(DOTFormat().render(try relation.build(from: catalog)), "graph/relation-deploys-to.dot")
    }

    @Test func docsOfTheFixtureCatalog() throws {
        let catalog = try FixtureCatalog.load()
        let files = DocsFiles(catalog: catalog).all()
        #expect(
            files.map(\.path) == [
                "README.md", "catalog.dot", "categories/cd.md", "categories/delivery.md", "categories/odd.md",
                "categories/orchestration.md", "categories/runtime.md", "stacks/demo.md", "stacks/demo.radar.svg",
                "stacks/later.md", "stacks/later.radar.svg",
                "tools/hostile.md", "tools/kubernetes.md", "tools/old-tool.md", "tools/spinnaker.md"
            ])
        for file in files {
            #expect(DocsGenerator.isGenerated(file.contents), "\(file.path) starts with the marker")
            Golden.check(file.contents, "docs/" + file.path)
        }
        // Relative links point at pages that exist.
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix(".md") {
            let directory = file.path.contains("/") ? String(file.path.split(separator: "/")[0]) : ""
            for link in Self.relativeLinks(in: file.contents) {
                let resolved = Self.resolve(link, from: directory)
                #expect(paths.contains(resolved), "\(file.path) links to \(link)")
            }
        }
    }

    static func relativeLinks(in markdown: String) -> [String] {
        var links: [String] = []
        var rest = Substring(markdown)
        while let range = rest.range(of: "](") {
            let after = rest[range.upperBound...]
            // An escaped bracket, \](, is text rather than a link.
            if range.lowerBound > rest.startIndex, rest[rest.index(before: range.lowerBound)] == "\\" {
                rest = after
                continue
            }
            let end = after.firstIndex(of: ")") ?? after.endIndex
            let target = String(after[..<end])
            if !target.hasPrefix("<") && !target.contains("://") { links.append(target) }
            rest = after[end...]
        }
        return links
    }

    static func resolve(_ link: String, from directory: String) -> String {
        var parts = directory.isEmpty ? [] : [directory]
        for component in link.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    @Test func generatedOutputIsDeterministic() throws {
        let first = DocsFiles(catalog: try Repository.check().catalog).all()
        // Load the files in reverse order: the output must not depend on it.
        let reversed = CatalogCheck(files: try Repository.catalogFiles().reversed(), requireVocabularies: "catalog")
        let second = DocsFiles(catalog: reversed.catalog).all()
        #expect(first.map(\.path) == second.map(\.path))
        #expect(zip(first, second).allSatisfy { $0.contents == $1.contents })
    }

    @Test func unifiedDiffShowsHunks() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 10", with: "line ten")
        let diff = UnifiedDiff.diff(old, new, oldName: "a", newName: "b")
        #expect(
            diff == """
                --- a
                +++ b
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13

                """)
        #expect(UnifiedDiff.diff(old, old) == "")
    }
}
