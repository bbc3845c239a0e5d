import Foundation
import Testing

@Suite("import landscape end to end", .serialized)
struct ImportEndToEndTests {
    static var landscape: String {
        Binary.packageRoot.appendingPathComponent("Tests/Fixtures/data/cncf-landscape/landscape.yml").path
    }

    @Test func importsValidatesAndReruns() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try Binary.run(["import", "landscape", Self.landscape, "--out", "landscape"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(!run.stderr.contains("\r"), "no progress in a pipe")
        #expect(run.stderr.contains("warning: item 'KubeReport' has no 'item:' marker"))
        #expect(run.stderr.contains("import: skipped 970 organisations: organisations are not tools"))
        #expect(run.stderr.hasSuffix("import: 2413 items became 1427 tools in landscape (1430 files written, 10 warnings)\n"))
        // Organisations are skipped and the projects listed twice join their tools: strict-valid.
        let validate = try Binary.run(["validate", "--strict", "--catalog", "landscape"], in: scratch.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.split(separator: "\n").last?.hasPrefix("validate: 0 errors, 0 warnings") == true)
        let again = try Binary.run(["import", "landscape", Self.landscape, "--out", "landscape"], in: scratch.root)
        #expect(again.stderr.contains("(0 files written"))
        let graph = try Binary.run(["graph", "--catalog", "landscape", "--category", "provisioning"], in: scratch.root)
        #expect(graph.status == 0)
        #expect(graph.stdout.contains("\"akri\" [label=\"Akri\""))
        // A hand-written file in the way is never overwritten.
        try Data("name: mine\n".utf8).write(to: scratch.root.appendingPathComponent("landscape/tools/akri.yaml"))
        let conflict = try Binary.run(["import", "landscape", Self.landscape, "--out", "landscape"], in: scratch.root)
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("landscape/tools/akri.yaml exists and was not written by an import"))
    }

    /// Progress shows on a terminal's standard error, never on standard output.
    @Test func progressOnlyOnATerminal() throws {
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        // script(1) gives the command a terminal; standard output goes to a file, not the terminal.
        let command = "'\(Binary.url.path)' import landscape '\(Self.landscape)' --out landscape > out.txt"
        let run = try Binary.runProgram(script, ["-qec", command, "/dev/null"], in: scratch.root)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("\rimport: "))
        #expect(run.stdout.contains("/2413 items"))
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("out.txt"), encoding: .utf8) == "")
    }
}
