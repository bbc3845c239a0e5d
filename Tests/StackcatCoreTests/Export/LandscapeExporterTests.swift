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

/// Issue 14, item 6: `export landscape` writes what landscape2 accepts, and `import landscape` reads it back.
@Suite("landscape export")
struct LandscapeExporterTests {
    @Test func landscape2AcceptsTheExportOfBothCatalogs() throws {
        for catalog in [try ExternalSchemaCheck.builtIn(), try InHouseCatalog.load()] {
            let result = LandscapeExporter(catalog: catalog).run()
            #expect(result.text.hasPrefix(LandscapeExporter.marker + "\n"))
            #expect(try ExternalSchemaCheck.landscape(result.text).errors == [])
            // The same catalog gives the same bytes.
            #expect(LandscapeExporter(catalog: catalog).run().text == result.text)
        }
        // The check can fail: landscape2 requires a logo on every item.
        let text = LandscapeExporter(catalog: try InHouseCatalog.load()).run().text
        let withoutLogos = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("logo:") }.joined(separator: "\n")
        #expect(try ExternalSchemaCheck.landscape(withoutLogos).errors.count == 2)
    }

    @Test func toolsWithoutAHomepageAreLeftOut() throws {
        let result = LandscapeExporter(catalog: try InHouseCatalog.load()).run()
        #expect(result.itemCount == 2)
        #expect(result.skipped == ["checkout-api", "order-events-stream-processor-for-the-fulfilment-warehouse-syncs", "payments-gateway-in-house"])
        #expect(
            result.text.hasSuffix(
                "      - subcategory:\n        name: Orchestration\n        items:\n          - item:\n"
                    + "            name: Kubernetes\n            homepage_url: https://kubernetes.io/\n            logo: kubernetes.svg\n"
                    + "            repo_url: https://github.com/kubernetes/kubernetes\n"
                    + "            description: Production-grade container orchestration.\n            project: graduated\n"))
    }

    /// Export, then import: names, homepages, repositories and categories (by name) come back.
    @Test func roundTripThroughImportLandscape() throws {
        let catalog = try ExternalSchemaCheck.builtIn()
        let exporter = LandscapeExporter(catalog: catalog)
        let exported = exporter.run()
        let imported = LandscapeImporter().run(SourceText(path: "landscape.yml", text: exported.text))
        #expect(imported.diagnostics.map(Fixture.describe) == [])
        let files = imported.files.map { CatalogFile(relativePath: $0.path, displayPath: $0.path, contents: $0.contents) }
        let check = CatalogCheck(files: files)
        #expect(check.errorCount == 0)
        let back = check.catalog
        #expect(back.tools.count == catalog.tools.count)
        let places = Dictionary(exporter.places().map { ($0.id, $0.place.subcategory) }, uniquingKeysWith: { a, _ in a })
        var compared = 0
        for tool in catalog.tools {
            guard let twin = back.tools.first(where: { $0.name == tool.name && $0.homepage == tool.homepage }) else {
                Issue.record("\(tool.id) did not come back")
                continue
            }
            #expect(twin.repo == tool.repo, "\(tool.id)")
            #expect(twin.cncf == tool.cncf, "\(tool.id)")
            let names = { (t: Tool, c: Catalog) in t.allCategories.map { c.category($0)?.name ?? $0 } }
            #expect(names(twin, back) == tool.allCategories.map { places[$0] ?? $0 }, "\(tool.id)")
            compared += 1
        }
        #expect(compared == catalog.tools.count)
    }
}
