import Foundation
import Testing

/// `radar`, `graph --collapse` and the warning for graphs too large to read, run as a user would.
@Suite("radar and readable graphs end to end")
struct ViewsEndToEndTests {
    static let landscape = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/data/cncf-landscape/landscape.yml").path

    @Test func largeGraphsDrawTheOverviewUnlessFullIsGiven() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let imported = try Binary.run(["import", "landscape", Self.landscape, "--out", "landscape"], in: scratch.root)
        #expect(imported.status == 0)
        let plain = try Binary.run(["graph", "--catalog", "landscape"], in: scratch.root)
        #expect(plain.status == 0)
        #expect(
            plain.stderr.hasPrefix("stackcat: note: ") && plain.stderr.contains("drawing the overview by category")
                && plain.stderr.contains("--full"), "\(plain.stderr)")
        let collapsed = try Binary.run(["graph", "--catalog", "landscape", "--collapse", "category"], in: scratch.root)
        #expect(collapsed.status == 0)
        #expect(collapsed.stderr == "")
        #expect(plain.stdout == collapsed.stdout)
        let titled = try Binary.run(["graph", "--catalog", "landscape", "--collapse", "category", "--title", "Landscape"], in: scratch.root)
        // The title starts the graph's label, the legend after it in the same row.
        #expect(
            titled.stdout.contains(
                "label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">Landscape</FONT>"
            ))
        let full = try Binary.run(["graph", "--catalog", "landscape", "--full"], in: scratch.root)
        #expect(full.status == 0)
        #expect(full.stderr == "")
        #expect(full.stdout.components(separatedBy: " [label=").count > 10 * collapsed.stdout.components(separatedBy: " [label=").count)
        // A filter narrows the graph on purpose: drawn as asked, without a note.
        let filtered = try Binary.run(["graph", "--catalog", "landscape", "--category", "provisioning"], in: scratch.root)
        #expect(filtered.stderr == "")
        #expect(filtered.stdout != collapsed.stdout)
        // The built-in catalog is small enough.
        #expect(try Binary.run(["graph"]).stderr == "")
    }

    @Test func graphOutWritesAFileInTheFormatItsExtensionNames() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let svg = try Binary.run(["graph", "--out", "g.svg"], in: scratch.root)
        #expect(svg.status == 0 && svg.stdout.isEmpty, "\(svg.stderr)")
        let svgText = try String(contentsOf: scratch.root.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(svgText.contains("<svg") && svgText.hasSuffix("</svg>\n"))
        let png = try Binary.run(["graph", "--stack", "mercari-2018", "--out", "pictures/g.png"], in: scratch.root)
        #expect(png.status == 0, "\(png.stderr)")
        let pngBytes = try Data(contentsOf: scratch.root.appendingPathComponent("pictures/g.png"))
        #expect(pngBytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let mermaid = try Binary.run(["graph", "--out", "g.mmd"], in: scratch.root)
        #expect(mermaid.status == 0)
        #expect(
            try String(contentsOf: scratch.root.appendingPathComponent("g.mmd"), encoding: .utf8)
                == Binary.run(["graph", "--format", "mermaid"], in: scratch.root).stdout)
        let dot = try Binary.run(["graph", "--out", "g.gv"], in: scratch.root)
        #expect(dot.status == 0)
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("g.gv"), encoding: .utf8) == Binary.run(["graph"], in: scratch.root).stdout)
        // --format wins over the extension.
        let json = try Binary.run(["graph", "--format", "json", "--out", "g.txt"], in: scratch.root)
        #expect(json.status == 0)
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("g.txt"), encoding: .utf8).hasPrefix("{"))
        // An extension that names no format is refused before anything is written.
        let unknown = try Binary.run(["graph", "--out", "g.picture"], in: scratch.root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("cannot tell the format from --out g.picture"))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("g.picture").path))
        // Without Graphviz, an existing picture is left as it was and no temporary file is left beside it.
        let before = svgText
        let noDot = try Binary.run(["graph", "--out", "g.svg", "--root", "istio"], in: scratch.root, environment: ["PATH": "/nonexistent"])
        #expect(noDot.status == 1 && noDot.stderr.contains("needs Graphviz's 'dot'"))
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("g.svg"), encoding: .utf8) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path)
        #expect(!names.contains { $0.hasPrefix(".stackcat-") }, "\(names)")
    }

    @Test func radarInEveryFormat() throws {
        let svg = try Binary.run(["radar", "--stack", "mercari-2018"])
        #expect(svg.status == 0)
        #expect(svg.stdout.hasPrefix("<!-- generated by stackcat; do not edit -->\n<svg "))
        let csv = try Binary.run(["radar", "--stack", "mercari-2018", "--baseline", "gke-panel-2018", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("name,ring,quadrant,isNew,status,description\r\n"))
        #expect(csv.stdout.contains(",TRUE,"))
        let json = try Binary.run(["radar", "--stack", "mercari-2018", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["entries"] as? [Any])?.isEmpty == false)
        let unknown = try Binary.run(["radar", "--stack", "mercari"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown stack 'mercari'"))
        #expect(unknown.stderr.contains("did you mean 'mercari-2018'?"), "the only stack that starts so")
        let missing = try Binary.run(["radar"])
        #expect(missing.status == 64)
    }
}
