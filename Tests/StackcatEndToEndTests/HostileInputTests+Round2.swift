import Foundation
import Testing

/// Issue 12, items 1, 2, 3 and 8: each of these failed before its fix (raw escapes on the terminal,
/// files outside the catalog printed in snippets, a crash on a sparse 1 TiB file, a million
/// diagnostics, misleading messages).
extension HostileInputTests {
    /// No raw C0 (but line feed and tab), DEL, C1, ESC or bidi control in what a person reads.
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
        }
    }

    @Test func controlCharactersAreErrorsAndNeverReachTheTerminal() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        // Written as YAML escapes, and raw where YAML allows it (bidi): a clear screen, an OSC 52
        // clipboard write, an OSC 8 link, a C1 CSI and a right-to-left override, in a name, a
        // reference (which an "unknown category" message repeats) and a relation note.
        let tool =
            Self.tool
            .replacingOccurrences(of: "name: Probe", with: "name: \"Pro\\e[2Jbe\\e]52;c;aGk=\\a\"")
            .replacingOccurrences(of: "category: cd", with: "category: \"c\\x9bd\\e]8;;http://x\\e\\\\\"")
            + "vendor: \"Ev\u{202E}il\"\n"
        try scratch.write("tools/probe.yaml", tool)
        for format in ["text", "github", "json", "sarif"] {
            let run = try Binary.run(["validate", "--format", format], in: scratch.root)
            #expect(run.status == 1, "\(format)")
            #expect(
                Self.rawControls(run.stdout).isEmpty && Self.rawControls(run.stderr).isEmpty,
                "\(format): \(run.stdout.debugDescription) \(run.stderr.debugDescription)")
            if format == "text" {
                #expect(run.stderr.contains("catalog/tools/probe.yaml:1:11: error: 'name' holds the control character U+001B (ESC)"))
                #expect(run.stderr.contains("catalog/tools/probe.yaml:2:13: error: 'category' holds the control character U+009B (CSI)"))
                #expect(run.stderr.contains("catalog/tools/probe.yaml:9:12: error: 'vendor' holds the control character U+202E (RIGHT-TO-LEFT OVERRIDE)"))
            }
        }
        // Every command that loads the catalog refuses it, and its messages are safe too.
        for arguments in [["list"], ["show", "probe"], ["compare", "probe", "probe"], ["search", "Pro"]] {
            let run = try Binary.run(arguments, in: scratch.root)
            #expect(run.status == 1, "\(arguments)")
            #expect(Self.rawControls(run.stdout + run.stderr).isEmpty, "\(arguments): \(run.stderr.debugDescription)")
        }
        // An id given on the command line with controls is echoed safely.
        let unknown = try Binary.run(["show", "x\u{1B}[2J\u{202E}"])
        #expect(unknown.status == 1)
        #expect(Self.rawControls(unknown.stderr).isEmpty, "\(unknown.stderr.debugDescription)")
    }

    @Test func symlinksOutsideTheCatalogAreNeverRead() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let outside = scratch.root.appendingPathComponent("secret.yaml")
        try Data("name: SECRET-VALUE-42\nkey: [unclosed\n".utf8).write(to: outside)
        let secretTools = scratch.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: secretTools, withIntermediateDirectories: true)
        try Data("name: SECRET-IN-DIR\nbroken: [\n".utf8).write(to: secretTools.appendingPathComponent("x.yaml"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("tools/secret.yaml").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("tools/relative.yaml").path, withDestinationPath: "../../secret.yaml")
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("tools/environ.yaml").path, withDestinationPath: "/proc/self/environ")
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("tools/passwd.yaml").path, withDestinationPath: "/etc/passwd")
        // Inside the catalog: followed.
        try scratch.write("tools/probe.yaml", Self.tool)
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("tools/probe-link.yaml").path, withDestinationPath: "probe.yaml")
        try fm.removeItem(at: scratch.catalog.appendingPathComponent("stacks"))
        try fm.createSymbolicLink(atPath: scratch.catalog.appendingPathComponent("stacks").path, withDestinationPath: secretTools.path)
        let run = try Binary.run(["validate"], in: scratch.root, environment: ["SECRET_IN_ENV": "SECRET-ENV-VALUE"])
        #expect(run.status == 1)
        for secret in ["SECRET-VALUE-42", "SECRET-IN-DIR", "SECRET-ENV-VALUE", "root:"] {
            #expect(!run.stderr.contains(secret), "\(secret) leaked: \(run.stderr)")
        }
        let resolved = try #require(
            realpath(outside.path, nil).map { p in
                defer { free(p) }
                return String(cString: p)
            })
        #expect(
            run.stderr.contains(
                "catalog/tools/secret.yaml:1:1: error: 'catalog/tools/secret.yaml' is a symbolic link to '\(resolved)', outside the catalog; not read"))
        #expect(
            run.stderr.contains(
                "catalog/tools/relative.yaml:1:1: error: 'catalog/tools/relative.yaml' is a symbolic link to '\(resolved)', outside the catalog; not read"))
        #expect(
            run.stderr.contains("catalog/tools/passwd.yaml:1:1: error: 'catalog/tools/passwd.yaml' is a symbolic link to '/etc/passwd', outside the catalog"))
        #expect(run.stderr.contains("catalog/tools/environ.yaml:1:1: error: 'catalog/tools/environ.yaml' is a symbolic link to '/proc/"))
        #expect(run.stderr.contains("error: 'catalog/stacks' is a symbolic link to '"))
        // The link inside the catalog is read: probe-link is a tool, so its alias-free copy clashes with nothing.
        #expect(!run.stderr.contains("probe-link.yaml:1:1: error"))
        // The catalog directory itself may be a link.
        let link = scratch.root.appendingPathComponent("catalog-link")
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: scratch.catalog.path)
        let viaLink = try Binary.run(["validate", "--catalog", "catalog-link"], in: scratch.root)
        #expect(viaLink.stderr.contains("catalog-link/tools/passwd.yaml:1:1: error: 'catalog-link/tools/passwd.yaml' is a symbolic link to '/etc/passwd'"))
        #expect(!viaLink.stderr.contains("SECRET-VALUE-42"))
    }

    @Test func hugeSparseFileIsRefusedBeforeReading() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let path = scratch.catalog.appendingPathComponent("tools/huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 1 << 40) == 0)
        let run = try Binary.run(["validate"], in: scratch.root, hangGuard: Self.hangGuard)
        #expect(run.status == 1)
        #expect(!run.stderr.contains("Fatal error"))
        #expect(
            run.stderr.contains(
                "catalog/tools/huge.yaml:1:1: error: the file is 1,099,511,627,776 bytes (1 TiB), more than the limit of 16,777,216 bytes (16 MiB); not read"))
        // The limit is an option, with K, M and G suffixes.
        try scratch.write("tools/probe.yaml", Self.tool)
        let small = try Binary.run(["validate", "--max-file-size", "100"], in: scratch.root)
        let size = Self.tool.utf8.count
        #expect(
            small.stderr.contains("catalog/tools/probe.yaml:1:1: error: the file is \(size) bytes, more than the limit of 100 bytes; not read"),
            "\(small.stderr)")
        let bad = try Binary.run(["validate", "--max-file-size", "lots"], in: scratch.root)
        #expect(bad.status == 64)
        let big = try Binary.run(["validate", "--max-file-size", "64k"], in: scratch.root)
        #expect(!big.stderr.contains("probe.yaml:1:1: error: the file is"), "\(big.stderr)")
    }

    @Test func aMillionUnknownKeysGiveCappedDiagnostics() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        var text = Self.tool
        text.reserveCapacity(12_000_000)
        for i in 0..<1_000_000 { text += "k\(i): v\n" }
        let run = try validate("tools/flood.yaml", Data(text.utf8), scratch: scratch)
        #expect(run.status == 1)
        #expect(run.stderr.utf8.count < 200_000, "\(run.stderr.utf8.count) bytes of diagnostics")
        #expect(run.stderr.components(separatedBy: "error: unknown key").count - 1 == 200)
        #expect(run.stderr.contains("... and 999,800 more diagnostics not shown (--max-diagnostics 0 shows all)"))
        #expect(run.stderr.contains("\nvalidate: 1000000 errors, 0 warnings in "), "\(run.stderr.suffix(300))")
        let fewer = try Binary.run(["validate", "--max-diagnostics", "3"], in: scratch.root)
        #expect(fewer.stderr.components(separatedBy: "error: unknown key").count - 1 == 3)
        #expect(fewer.stderr.contains("... and 999,997 more diagnostics not shown"))
    }

    @Test func clearerMessages() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let file = try Binary.run(["validate", "--catalog", "catalog/categories.yaml"], in: scratch.root)
        #expect(file.stderr.hasPrefix("stackcat: error: catalog directory 'catalog/categories.yaml' is a file, not a directory"))
        let device = try Binary.run(["list", "--catalog", "/dev/null"], in: scratch.root)
        #expect(device.stderr.hasPrefix("stackcat: error: catalog directory '/dev/null' is a device, FIFO or socket, not a directory"))
        // Upper-case extensions are read like lower-case ones.
        try scratch.write("tools/probe.YAML", Self.tool.replacingOccurrences(of: "category: cd", with: "category: nope"))
        let upper = try Binary.run(["validate"], in: scratch.root)
        #expect(upper.stderr.contains("catalog/tools/probe.YAML:2:11: error: unknown category 'nope'"), "\(upper.stderr)")
    }

    @Test func injectRefusesHelpVersionAndCompletionBlocks() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        for arguments in ["--help", "list --help", "-h", "--version", "--generate-completion-script bash", "help list"] {
            try scratch.write("doc.md", "# Doc\n<!-- stackcat:begin \(arguments) -->\n<!-- stackcat:end -->\n")
            let run = try Binary.run(["docs", "--inject", "catalog/doc.md"], in: scratch.root)
            #expect(run.status == 1, "\(arguments)")
            #expect(
                run.stderr.contains("catalog/doc.md:2:1: error: 'stackcat \(arguments)' asks for help, the version or a completion script, not catalog text"),
                "\(arguments): \(run.stderr)")
        }
    }

    @Test func renameSuggestionKeepsAccentedLetters() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try scratch.write("tools/ünïcödé.yaml", Self.tool)
        let run = try Binary.run(["validate"], in: scratch.root)
        #expect(run.stderr.contains("catalog/tools/ünïcödé.yaml:1:1: note: rename it to 'unicode.yaml'"), "\(run.stderr)")
    }
}
