import Foundation
import Testing

/// `import landscape --logos DIR` (issue 26, item 2) on a small landscape with logos made for it.
@Suite("import landscape --logos end to end", .serialized)
struct ImportLogosEndToEndTests {
    static var fixture: URL { Binary.packageRoot.appendingPathComponent("Tests/Fixtures/landscape-logos") }

    @Test func safeLogosAreCopiedAndOthersSkippedWithAWarning() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let arguments = [
            "import", "landscape", Self.fixture.appendingPathComponent("landscape.yml").path, "--logos",
            Self.fixture.appendingPathComponent("hosted_logos").path, "--out", "imported"
        ]
        let run = try Binary.run(arguments, in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("landscape.yml:25:19: warning: the logo 'sneaky.svg' of 'Sneaky' is not imported: it holds an event attribute (onload=)"))
        #expect(
            run.stderr.contains("warning: the logo 'far.svg' of 'Far Away' is not imported: it refers to 'https://tracker.example/pixel.png' outside itself"))
        #expect(run.stderr.contains("warning: the logo 'nowhere.svg' of 'Nowhere' is not imported: hosted_logos/nowhere.svg does not exist"))
        #expect(run.stderr.hasSuffix("import: 6 items became 5 tools in imported (10 files written, 3 warnings)\n"))
        let logos = try FileManager.default.contentsOfDirectory(atPath: scratch.root.appendingPathComponent("imported/logos").path).sorted()
        #expect(logos == ["circle.svg", "shapes.svg"])
        let shapes = try String(contentsOf: scratch.root.appendingPathComponent("imported/logos/shapes.svg"), encoding: .utf8)
        #expect(shapes.hasPrefix("<!-- imported from the CNCF landscape by stackcat; do not edit -->\n<svg "))
        let circle = try String(contentsOf: scratch.root.appendingPathComponent("imported/tools/circle-cli.yaml"), encoding: .utf8)
        #expect(circle.contains("\nvendor: Circle Labs\nlogo: logos/circle.svg\n"))
        let sneaky = try String(contentsOf: scratch.root.appendingPathComponent("imported/tools/sneaky.yaml"), encoding: .utf8)
        #expect(!sneaky.contains("logo:"))
        let validate = try Binary.run(["validate", "--strict", "--catalog", "imported"], in: scratch.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        // A rerun recognises the logos it wrote.
        let again = try Binary.run(arguments, in: scratch.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("(0 files written"))
        // The site shows them.
        let site = try Binary.run(["site", "--catalog", "imported", "--out", "site"], in: scratch.root)
        #expect(site.status == 0, "\(site.stderr)")
        let index = try String(contentsOf: scratch.root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("<img class=\"logo\" src=\"logos/logos~shapes.svg\""))
    }

    @Test func logosOnlyWithOut() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try Binary.run(
            ["import", "landscape", Self.fixture.appendingPathComponent("landscape.yml").path, "--logos", "x", "--into", "catalog"], in: scratch.root)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--logos copies logos into --out; it does not work with --into"))
    }
}
