import Foundation
import Testing

/// Hostile catalogs: each gives a clear diagnostic with file, line and column, exit 1, no crash and
/// no hang. Unusual but valid input works.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    /// Stops a hang or a blow-up (an exponential one, or a quadratic one at these sizes), and is no
    /// speed target: tests never assert wall-clock time; speed is measured by `Benchmarks/run.sh`.
    /// Generous, since tests run in parallel on a shared machine.
    static let hangGuard = Duration.seconds(300)

    /// Writes `contents` as the file and runs `validate`.
    func validate(_ relative: String, _ contents: Data, scratch: ScratchCatalog, options: [String] = []) throws -> Run {
        try contents.write(to: scratch.catalog.appendingPathComponent(relative))
        return try Binary.run(["validate"] + options, in: scratch.root, hangGuard: Self.hangGuard)
    }

    func expectDiagnostic(
        _ relative: String, _ contents: Data, _ expected: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try validate(relative, contents, scratch: scratch)
        #expect(run.status == 1, "\(relative): exit status", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(expected), "\(relative): \(run.stderr.prefix(600))", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    func text(_ s: String) -> Data { Data(s.utf8) }

    static let tool = """
        name: Probe
        category: cd
        summary: A probe.
        homepage: https://example.com
        license: MIT
        hosting: saas
        lifecycle: active
        sources: [https://example.com]

        """

    @Test func aliasBomb() throws {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        try expectDiagnostic("tools/probe.yaml", text(yaml), "catalog/tools/probe.yaml:6:")
        // a stands for 10 nodes, b for 91, c for 820, d for 7,381 and e for 66,430: the first *e crosses 100,000.
        try expectDiagnostic("tools/probe.yaml", text(yaml), "error: alias '*e' expands the document beyond 100000 nodes")
    }

    @Test func deepNesting() throws {
        let depth = 100_000
        try expectDiagnostic(
            "tools/probe.yaml", text("a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"),
            "catalog/tools/probe.yaml:1:131: error: lists and mappings are nested more than 128 levels deep")
        try expectDiagnostic(
            "tools/probe.yaml", text(String(repeating: "- ", count: 5_000) + "x\n"),
            "error: lists and mappings are nested more than 128 levels deep")
    }

    @Test func hugeScalarAndLongLine() throws {
        let big = "name: Probe\nsummary: \"" + String(repeating: "x", count: 50_000_000) + "\"\n"
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try validate("tools/probe.yaml", text(big), scratch: scratch, options: ["--max-file-size", "64M"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("catalog/tools/probe.yaml:2:10: error: 'summary' is 50000000 characters long; the limit is 160"))
        // The snippet of a 1 MB line is a window around the caret, not the whole line.
        #expect(run.stderr.count < 20_000)
        let line = "name: Probe\nsummary: A probe.\ntags: [" + (0..<100_000).map { "t\($0)" }.joined(separator: ", ") + ", 1nvalid: x]\n"
        try expectDiagnostic("tools/probe.yaml", text(line), "catalog/tools/probe.yaml:3:")
    }

    @Test func encodingProblems() throws {
        try expectDiagnostic(
            "tools/probe.yaml", text("name: Probe\nsummary: ") + Data([0xC3, 0x28, 0x0A]),
            "catalog/tools/probe.yaml:2:10: error: invalid UTF-8 (byte 0xC3); catalog files must be UTF-8 text")
        try expectDiagnostic(
            "tools/probe.yaml", text("name: Pro") + Data([0]) + text("be\n"),
            "catalog/tools/probe.yaml:1:10: error: YAML syntax error: control characters are not allowed")
        try expectDiagnostic("tools/probe.yaml", Data([0xFF, 0xFE]) + text("n\0a\0"), "catalog/tools/probe.yaml:1:1: error: invalid UTF-8")
    }

    @Test func structuralProblems() throws {
        try expectDiagnostic(
            "tools/probe.yaml", text("name: Probe\nroles:\n\t- deploy\n"),
            "catalog/tools/probe.yaml:3:1: error: YAML syntax error: found character that cannot start any token")
        try expectDiagnostic("tools/probe.yaml", text(""), "catalog/tools/probe.yaml:1:1: error: the file is empty; expected a mapping of keys")
        try expectDiagnostic(
            "tools/probe.yaml", text("# just a comment\n# and another\n"),
            "catalog/tools/probe.yaml:1:1: error: the file is empty; expected a mapping of keys")
        try expectDiagnostic(
            "tools/probe.yaml", text(Self.tool + "---\nname: Second\n"),
            "catalog/tools/probe.yaml:9:1: error: a catalog file holds one YAML document; this starts a second one")
        try expectDiagnostic(
            "tools/probe.yaml", text("just a scalar\n"),
            "catalog/tools/probe.yaml:1:1: error: 'a tool file' must be a mapping of keys, found a string")
        try expectDiagnostic(
            "tools/probe.yaml", text("- a\n- b\n"),
            "catalog/tools/probe.yaml:1:1: error: 'a tool file' must be a mapping of keys, found a list")
        try expectDiagnostic(
            "roles.yaml", text("id: x\nname: y\n"),
            "catalog/roles.yaml:1:1: error: 'role file' must be a list of entries, found a mapping")
        try expectDiagnostic(
            "tools/probe.yaml", text(Self.tool + "{a: b}: c\n"),
            "catalog/tools/probe.yaml:9:1: error: a key must be a string, found a mapping")
        try expectDiagnostic(
            "tools/probe.yaml", text(Self.tool + "[a, b]: c\n"),
            "catalog/tools/probe.yaml:9:1: error: a key must be a string, found a list")
    }

    @Test func wronglyTypedScalars() throws {
        func replacing(_ old: String, _ new: String) -> Data { text(Self.tool.replacingOccurrences(of: old, with: new)) }
        try expectDiagnostic(
            "tools/probe.yaml", text(Self.tool + "since: \"2015\"\n"),
            "catalog/tools/probe.yaml:9:8: error: 'since' must be a year written as a number, found the string \"2015\"")
        try expectDiagnostic(
            "tools/probe.yaml", replacing("name: Probe", "name: 2015"),
            "catalog/tools/probe.yaml:1:7: error: 'name' must be a string, found an integer '2015'")
        try expectDiagnostic(
            "tools/probe.yaml", replacing("name: Probe", "name: yes"),
            "catalog/tools/probe.yaml:1:7: error: 'name' must be a string, found a boolean 'yes'")
        try expectDiagnostic(
            "tools/probe.yaml", replacing("name: Probe", "name: null"),
            "catalog/tools/probe.yaml:1:7: error: 'name' is empty")
    }

    @Test func badIDs() throws {
        for (id, note) in [
            ("../escape", "an id is lower-case"), ("a/b", "an id is lower-case"), ("Upper", "an id is lower-case"),
            (String(repeating: "a", count: 65), "it is 65 characters long; the limit is 64")
        ] {
            let yaml = "- id: \(id)\n  name: X\n- id: cd\n  name: CD\n"
            try expectDiagnostic("categories.yaml", text(yaml), "catalog/categories.yaml:1:7: error: '\(id)' is not a valid id")
            try expectDiagnostic("categories.yaml", text(yaml), "note: \(note)")
        }
        try expectDiagnostic(
            "tools/Bad_Name.yaml", text(Self.tool),
            "catalog/tools/Bad_Name.yaml:1:1: error: file name 'Bad_Name.yaml' does not make a valid id")
    }

    @Test func fileSystemTraps() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let tools = scratch.catalog.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tools.appendingPathComponent("loop-a.yaml").path, withDestinationPath: "loop-b.yaml")
        try FileManager.default.createSymbolicLink(atPath: tools.appendingPathComponent("loop-b.yaml").path, withDestinationPath: "loop-a.yaml")
        try FileManager.default.createSymbolicLink(atPath: tools.appendingPathComponent("dangling.yaml").path, withDestinationPath: "missing.yaml")
        #expect(mkfifo(tools.appendingPathComponent("fifo.yaml").path, 0o644) == 0)
        let run = try Binary.run(["validate"], in: scratch.root, hangGuard: Self.hangGuard)
        let stderr = run.stderr
        #expect(run.status == 1)
        #expect(stderr.contains("catalog/tools/folder.yaml:1:1: error: 'catalog/tools/folder.yaml' is a directory, not a YAML file"))
        #expect(stderr.contains("catalog/tools/loop-a.yaml:1:1: error: cannot read file: Too many levels of symbolic links"))
        #expect(stderr.contains("catalog/tools/dangling.yaml:1:1: error: cannot read file: No such file or directory"))
        #expect(stderr.contains("catalog/tools/fifo.yaml:1:1: error: cannot read file: not a regular file"))
        let missing = try Binary.run(["validate", "--catalog", "no/such/dir"], in: scratch.root)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("stackcat: error: catalog directory 'no/such/dir' does not exist"))
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else {
            // Root reads any file whatever its mode, so a permission error cannot be made here; the
            // dangling-link and FIFO cases above take the same path through the reader.
            return
        }
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let path = scratch.catalog.appendingPathComponent("tools/secret.yaml")
        try Data(Self.tool.utf8).write(to: path)
        chmod(path.path, 0)
        let run = try Binary.run(["validate"], in: scratch.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("catalog/tools/secret.yaml:1:1: error: cannot read file: Permission denied"))
    }

    @Test func unusualButValidInput() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let crlf = Self.tool.replacingOccurrences(of: "\n", with: "\r\n")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)).write(to: scratch.catalog.appendingPathComponent("tools/crlf-bom.yaml"))
        let international = Self.tool
            .replacingOccurrences(of: "name: Probe", with: "name: 監視ツール 🚀 מערכת")
            .replacingOccurrences(of: "summary: A probe.", with: "summary: 日本語の説明と絵文字 🎉 и кириллица, עברית וערבית عربي.")
        try Data(international.utf8).write(to: scratch.catalog.appendingPathComponent("tools/international.yaml"))
        let run = try Binary.run(["validate", "--strict"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        let show = try Binary.run(["show", "international"], in: scratch.root)
        #expect(show.stdout.hasPrefix("監視ツール 🚀 מערכת  (international)\n日本語の説明と絵文字"))
        let search = try Binary.run(["search", "監視", "--format", "ids"], in: scratch.root)
        #expect(search.stdout == "international\n")
        let dot = try Binary.run(["graph", "--root", "international", "--depth", "0"], in: scratch.root)
        #expect(dot.stdout.contains("label=\"監視ツール 🚀 מערכת\""))
    }
}
