import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 21, family 5: outputs that claim success are valid for their consumer, and names stackcat
/// makes up live where no user id can reach them.
@Suite("Generated names and escaping for the consumer")
struct GeneratedNamesTests {
    /// A category may be called `legend`: its cluster and title stay its own.
    @Test func aCategoryCalledLegendKeepsItsOwnCluster() throws {
        let categories = Fixture.categories.replacingOccurrences(of: "- id: runtime\n  name: Runtime", with: "- id: legend\n  name: Legend")
            .replacingOccurrences(of: "parent: runtime", with: "parent: legend")
        let check = Fixture.valid.with("categories.yaml", categories).check()
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.message))")
        let dot = DOTFormat().render(try GraphQuery().build(from: check.catalog))
        let clusters = dot.split(separator: "\n").filter { $0.contains("subgraph \"cluster_") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(clusters.contains { $0.hasPrefix("subgraph \"cluster_legend\"") })
        // The legend is the graph's label, and the cluster's title a node of a name no id can take.
        #expect(dot.contains(">Legend</FONT>") && dot.contains("\"__title_legend\" [shape=plaintext, label=\"Legend\""))
        #expect(Set(clusters).count == clusters.count)
    }

    /// Graphviz copies a URL into SVG's xlink:href as it is: a query's `&` must reach it as `&amp;`,
    /// or the SVG is not XML.
    @Test func aHomepageWithAQueryGivesWellFormedSVG() throws {
        let tool = Fixture.kubernetes.replacingOccurrences(of: "homepage: https://kubernetes.io", with: "homepage: https://kubernetes.io/?a=1&b=2&c")
        let check = Fixture.valid.with("tools/kubernetes.yaml", tool).check()
        #expect(check.diagnostics.isEmpty)
        let dot = DOTFormat().render(try GraphQuery().build(from: check.catalog))
        #expect(dot.contains("URL=\"https://kubernetes.io/?a=1&amp;b=2&amp;c\""))
        let svg = try ExternalTool.run("dot", ["-Tsvg"], input: dot).stdout
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("xlink:href=\"https://kubernetes.io/?a=1&amp;b=2&amp;c\""))
    }

    /// A team may be called `stackcat-unowned`: the export's placeholder owner is another group, in
    /// another file, and the team's entity is not overwritten.
    @Test func aTeamCannotTakeTheExportsPlaceholder() throws {
        var files = try InHouseCatalog.files()
        let teams = files.firstIndex { $0.relativePath == "teams.yaml" }!
        files[teams] = CatalogFile(
            relativePath: "teams.yaml", displayPath: "inhouse/teams.yaml",
            contents: String(decoding: files[teams].text.bytes, as: UTF8.self) + "- id: stackcat-unowned\n  name: The stackcat-unowned team\n")
        // A tool that no team owns and no stack uses: the export needs its placeholder owner.
        files.append(
            CatalogFile(
                relativePath: "tools/lonely.yaml", displayPath: "inhouse/tools/lonely.yaml",
                contents: """
                    name: Lonely
                    category: observability
                    summary: A tool nobody owns.
                    homepage: https://lonely.example.com/
                    license: Proprietary
                    hosting: saas
                    lifecycle: active
                    sources: [https://lonely.example.com/]

                    """))
        let check = CatalogCheck(files: files, requireVocabularies: "inhouse")
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.message))")
        let exported = Dictionary(uniqueKeysWithValues: BackstageExporter(catalog: check.catalog).run().files.map { ($0.path, $0.contents) })
        let team = try #require(exported["groups/stackcat-unowned.yaml"])
        #expect(team.contains("The stackcat-unowned team"))
        let placeholder = try #require(exported["groups/stackcat_unowned.yaml"])
        #expect(placeholder.contains("name: stackcat_unowned"))
    }
}
