import Foundation
import Testing

/// The binary starts from the built-in catalog compiled in (`BuiltinCatalog+Compiled.swift`), not from
/// its YAML: every command must say what it says of the same files read from a directory, spans and
/// diagnostics included (only the paths' prefix differs).
@Suite("Compiled built-in catalog end to end")
struct CompiledCatalogEndToEndTests {
    static var catalog: String { Binary.packageRoot.appendingPathComponent("catalog").path }

    /// The output of `arguments` on the built-in catalog and on catalog/ read from its directory, with
    /// catalog/'s paths written as the built-in catalog's.
    static func both(_ arguments: [String], in directory: URL) throws -> (builtIn: Run, files: Run) {
        let builtIn = try Binary.run(arguments, in: directory)
        var files = try Binary.run(["--catalog", catalog] + arguments, in: directory)
        // SARIF writes the path as a URI.
        files.stdout = files.stdout.replacingOccurrences(of: catalog + "/", with: "<built-in>/")
            .replacingOccurrences(of: "\"uri\": \"<built-in>/", with: "\"uri\": \"%3Cbuilt-in%3E/")
        files.stderr = files.stderr.replacingOccurrences(of: catalog + "/", with: "<built-in>/")
        return (builtIn, files)
    }

    @Test func commandsSayWhatTheFilesSay() throws {
        let empty = try ScaffoldEndToEndTests.emptyDirectory()
        for arguments in [
            ["list", "--category", "cd"], ["list", "--format", "json"], ["show", "spinnaker", "--format", "json"], ["show", "heptio-ark"],
            ["graph", "--format", "mermaid", "--title", "t"], ["compare", "spinnaker", "jenkins"], ["radar", "--stack", "mercari-2018"]
        ] {
            let (builtIn, files) = try Self.both(arguments, in: empty)
            #expect(builtIn.status == 0 && files.status == 0, "\(arguments): \(builtIn.stderr)")
            #expect(builtIn.stdout == files.stdout, "\(arguments)")
            #expect(!builtIn.stdout.isEmpty)
        }
    }

    /// `--max-age 1` warns of every review older than a day: diagnostics with positions and snippets
    /// from the compiled catalog, whose files are read only for the snippets.
    @Test func diagnosticsPointWhereTheFilesDo() throws {
        let empty = try ScaffoldEndToEndTests.emptyDirectory()
        for format in ["text", "json", "sarif"] {
            let (builtIn, files) = try Self.both(["validate", "--max-age", "1", "--max-diagnostics", "0", "--format", format], in: empty)
            #expect(builtIn.status == files.status)
            #expect(builtIn.stdout == files.stdout, "\(format)")
            let diagnostics = { (run: Run) in run.stderr.split(separator: "\n").filter { $0.hasPrefix("<built-in>/") || $0.hasPrefix("  ") } }
            #expect(diagnostics(builtIn) == diagnostics(files), "\(format)")
        }
        let text = try Binary.run(["validate", "--max-age", "1"], in: empty)
        #expect(text.stderr.contains("<built-in>/tools/") && text.stderr.contains("| reviewed: "), "\(text.stderr)")
    }

    @Test func docsAreTheFilesDocs() throws {
        let empty = try ScaffoldEndToEndTests.emptyDirectory()
        let builtIn = try Binary.run(["docs", "--out", "from-built-in"], in: empty)
        let files = try Binary.run(["--catalog", Self.catalog, "docs", "--out", "from-files"], in: empty)
        #expect(builtIn.status == 0 && files.status == 0)
        let names = ScaffoldEndToEndTests.files(under: empty.appendingPathComponent("from-built-in"))
        #expect(names.count > 100 && names == ScaffoldEndToEndTests.files(under: empty.appendingPathComponent("from-files")))
        for name in names {
            let a = try Data(contentsOf: empty.appendingPathComponent("from-built-in/" + name))
            let b = try Data(contentsOf: empty.appendingPathComponent("from-files/" + name))
            #expect(a == b, "\(name)")
        }
    }
}
