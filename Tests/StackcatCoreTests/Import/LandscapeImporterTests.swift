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

@Suite("CNCF landscape importer")
struct LandscapeImporterTests {
    static func importReal() throws -> (SourceText, LandscapeImporter.Result) {
        let data = try Data(contentsOf: Repository.testData("cncf-landscape/landscape.yml"))
        let text = SourceText(path: "landscape.yml", bytes: Array(data))
        return (text, LandscapeImporter().run(text))
    }

    static func catalog(from result: LandscapeImporter.Result) -> CatalogCheck {
        CatalogCheck(
            files: result.files.map { CatalogFile(relativePath: $0.path, displayPath: "imported/" + $0.path, contents: $0.contents) },
            requireVocabularies: "imported")
    }

    @Test func importsTheRealLandscapeIntoAValidCatalog() throws {
        let (text, result) = try Self.importReal()
        #expect(result.itemCount == 2413)
        let check = Self.catalog(from: result)
        #expect(check.diagnostics.filter { $0.severity == .error }.map(Fixture.describe) == [])
        #expect(check.catalog.tools.count == result.toolCount)
        // Items listed under several subcategories are one tool each: fewer tools than items.
        #expect(result.toolCount < result.itemCount)
        let multi = check.catalog.tools.filter { !$0.categories.isEmpty }
        #expect(!multi.isEmpty)
        // Two-level tree: every tool's categories are subcategories, whose parents are top-level.
        for tool in check.catalog.tools {
            for id in tool.allCategories {
                let parent = check.catalog.category(id)?.parent?.value
                #expect(parent != nil && check.catalog.category(parent!)?.parent == nil, "\(tool.id) in \(id)")
            }
        }
        let akri = try #require(check.catalog.tool("akri"))
        #expect(akri.cncf == .sandbox)
        #expect(akri.repo == "https://github.com/project-akri/akri")
        #expect(check.catalog.tool("kubernetes")?.cncf == .graduated)
        #expect(check.catalog.tools.allSatisfy { $0.summary.count <= 160 && !$0.summary.contains("\n") })

        // Every known quirk is a warning that points at the quirk in the source.
        func line(_ d: Diagnostic) -> String {
            String(decoding: text.bytes[text.lineByteRange(d.location!.span.start.line)], as: UTF8.self)
        }
        let byCode = Dictionary(grouping: result.diagnostics, by: \.code)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        let markers = byCode["import-missing-marker"] ?? []
        #expect(markers.count == 2)
        #expect(markers.allSatisfy { line($0).contains("- name: ") })
        let nulls = byCode["import-null-description"] ?? []
        #expect(nulls.count == 1)
        #expect(nulls.allSatisfy { line($0).contains("description:") })
        let secondPaths = byCode["import-bad-second-path"] ?? []
        #expect(secondPaths.count >= 1)
        #expect(secondPaths.allSatisfy { d in line(d).contains(d.message.split(separator: "'")[1]) })
        let empty = byCode["import-empty"] ?? []
        #expect(empty.count >= 2)
        #expect(empty.allSatisfy { line($0).contains("items:") })
    }

    @Test func importIsDeterministic() throws {
        let (_, first) = try Self.importReal()
        let (_, second) = try Self.importReal()
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(zip(first.files, second.files).allSatisfy { $0.contents == $1.contents })
        #expect(first.files.allSatisfy { $0.contents.hasPrefix(LandscapeImporter.marker + "\n") })
    }

    @Test func docsAndGraphWorkOnTheImport() throws {
        let (_, result) = try Self.importReal()
        let catalog = Self.catalog(from: result).catalog
        let graph = try GraphQuery().build(from: catalog)
        #expect(graph.nodes.count == catalog.tools.count)
        let files = DocsFiles(catalog: catalog).all()
        #expect(files.count == 2 + catalog.categories.count + catalog.tools.count)
    }

    @Test func olderFormatsAndQuirksBecomeWarnings() {
        let m = Marked(
            """
            landscape:
              - category:
                name: App Definition
                1️⃣color: blue
                subcategories:
                  - subcategory:
                    name: Database
                    items:
                      - item:
                        name: Foo Bar
                        homepage_url: https://foo.example
                        2️⃣logo_url: foo.svg
                        description: Foo is a database. It stores data.
                      - item:
                        name: Foo-Bar
                        homepage_url: https://foo-bar.example
                        description: 3️⃣null
                        second_path: [4️⃣"Nowhere / Nothing"]
                      - item:
                        name: No Homepage
                        homepage_url: 5️⃣not a url
              - category:
                name: Platform
                subcategories:
                  - subcategory:
                    name: Database
                    items:
                      - item:
                        name: Foo Bar
                        homepage_url: https://foo.example
                        second_path: ["App Definition / Database"]
                      - item:
                        name: \(String(repeating: "Long ", count: 10))
                        homepage_url: https://long.example
                        description: \(String(repeating: "word ", count: 60))end. Second sentence.
                  - subcategory:
                    name: Empty
                    items: 6️⃣[]

            """)
        let result = LandscapeImporter().run(SourceText(path: "old.yml", text: m.text))
        let report = result.diagnostics.map { "\($0.location!.span.start.line):\($0.location!.span.start.column) \($0.code)" }
        #expect(
            report == [
                "\(m.at(1)) import-unknown-key", "\(m.at(2)) import-unknown-key", "\(m.at(3)) import-null-description",
                "\(m.at(4)) import-bad-second-path", "\(m.at(5)) import-bad-url", "\(m.at(6)) import-empty"
            ])
        let check = Self.catalog(from: result)
        #expect(check.errorCount == 0, "\(check.diagnostics.map(Fixture.describe))")
        let catalog = check.catalog
        // Ids are derived from names; collisions get a prefix (categories) or a number (tools).
        #expect(catalog.categories.map(\.id.value) == ["app-definition", "database", "empty", "platform", "platform-database"])
        #expect(catalog.tools.map(\.id) == ["foo-bar", "foo-bar-2", "long-long-long-long-long-long-long-long-long-long"])
        let foo = catalog.tool("foo-bar")!
        #expect(foo.allCategories == ["database", "platform-database"])
        #expect(foo.summary == "Foo is a database.")
        #expect(catalog.tool("foo-bar-2")!.summary == "Foo-Bar, listed under App Definition / Database in the CNCF landscape.")
        let long = catalog.tools[2].summary
        #expect(long.count <= 160 && long.hasSuffix("…") && long.hasPrefix("word word"))
    }

    @Test func notALandscape() {
        let result = LandscapeImporter().run(SourceText(path: "x.yml", text: "name: nope\n"))
        #expect(result.diagnostics.map(\.code) == ["import-format"])
        #expect(result.files.isEmpty)
    }
}

extension LandscapeImporterTests {
    /// Issue 12 item 1: control characters were carried into the catalog. They are left out, with a
    /// warning at the value, and the imported catalog validates.
    @Test func controlCharactersAreLeftOutWithAWarning() throws {
        let yaml = """
            landscape:
              - category:
                name: "Pro\\e[2Jvisioning"
                subcategories:
                  - subcategory:
                    name: Automation
                    items:
                      - item:
                        name: "Evil\\u202E Tool\\a"
                        homepage_url: https://example.com
                        description: "Clears\\e[2J the\\tscreen.\\x9b"

            """
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: yaml))
        let warnings = result.diagnostics.filter { $0.rule == .importControlCharacter }
        #expect(warnings.map(\.location?.span.start.line) == [3, 9, 11])
        #expect(warnings.first?.message == "the text holds the control character U+001B (ESC)")
        let text = result.files.map(\.contents).joined()
        #expect(!text.contains("\\e") && !text.contains("\\u202E") && !text.contains("\\x9B") && !text.contains("\\a"), "\(text)")
        #expect(text.contains("Evil Tool") && text.contains("Clears[2J the screen."))
        let check = Self.catalog(from: result)
        #expect(check.diagnostics.filter { $0.rule == .controlCharacter }.isEmpty, "\(check.diagnostics.map(Fixture.describe))")
    }
}
