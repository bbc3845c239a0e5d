import Foundation
import Testing

/// A directory with no catalog in it, for runs that must not find one by accident.
struct EmptyDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite("--catalog before or after the subcommand", .serialized)
struct CatalogOptionEndToEndTests {
    /// A scratch catalog without kayenta, so that its listing differs from the built-in one.
    static func catalogWithoutKayenta() throws -> ScratchCatalog {
        let scratch = try ScratchCatalog()
        try FileManager.default.removeItem(at: scratch.catalog.appendingPathComponent("tools/kayenta.yaml"))
        let stackPath = scratch.catalog.appendingPathComponent("stacks/mercari-2018.yaml")
        try scratch.write("stacks/mercari-2018.yaml", Self.removingComponent("kayenta", from: try String(contentsOf: stackPath, encoding: .utf8)))
        return scratch
    }

    /// The stack text without the component block `- tool: ID` (its line and the lines indented under it).
    static func removingComponent(_ id: String, from stack: String) -> String {
        var kept: [Substring] = []
        var skipping: Int?
        for line in stack.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if let depth = skipping {
                if indent > depth { continue }
                skipping = nil
            }
            if line.dropFirst(indent) == "- tool: \(id)" {
                skipping = indent
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    @Test func bothPositionsAndBothSpellingsReadTheSameCatalog() throws {
        let scratch = try Self.catalogWithoutKayenta()
        defer { scratch.remove() }
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let path = scratch.catalog.path
        let query = ["--category", "cd", "--format", "ids"]
        let builtIn = try Binary.run(["list"] + query, in: empty.url)
        #expect(builtIn.stdout.contains("kayenta\n"))
        let forms: [[String]] = [
            ["--catalog", path, "list"] + query,
            ["--catalog=" + path, "list"] + query,
            ["list", "--catalog", path] + query,
            ["list"] + query + ["--catalog=" + path]
        ]
        for arguments in forms {
            // $STACKCAT_CATALOG loses to --catalog in either position.
            let run = try Binary.run(arguments, in: empty.url, environment: ["STACKCAT_CATALOG": "/nonexistent/catalog"])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stderr == "", "\(arguments)")
            #expect(run.stdout.contains("spinnaker\n"), "\(arguments)")
            #expect(!run.stdout.contains("kayenta"), "\(arguments)")
        }
        // The environment variable still works when --catalog is not given.
        let fromEnvironment = try Binary.run(["list"] + query, in: empty.url, environment: ["STACKCAT_CATALOG": path])
        #expect(fromEnvironment.status == 0)
        #expect(!fromEnvironment.stdout.contains("kayenta"))
        #expect(fromEnvironment.stdout.contains("spinnaker\n"))
    }

    @Test func givenTwiceTheLaterWins() throws {
        let scratch = try Self.catalogWithoutKayenta()
        defer { scratch.remove() }
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let good = try Binary.run(["--catalog", "/nonexistent/catalog", "list", "--format", "ids", "--catalog", scratch.catalog.path], in: empty.url)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("spinnaker\n"))
        #expect(!good.stdout.contains("kayenta"))
        let bad = try Binary.run(["--catalog", scratch.catalog.path, "list", "--format", "ids", "--catalog", "/nonexistent/catalog"], in: empty.url)
        #expect(bad.status == 1)
        #expect(bad.stdout == "")
        #expect(bad.stderr.contains("catalog directory '/nonexistent/catalog' does not exist"))
    }

    @Test func helpDocumentsBothPositions() throws {
        let root = try Binary.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("USAGE: stackcat [--catalog <path>] [--max-file-size <size>] [--max-diagnostics <n>] <subcommand>"))
        // Help wraps its text: compare with the lines joined.
        let discussion = root.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            discussion.contains(
                "--catalog may come before or after the subcommand ('stackcat --catalog DIR list' or 'stackcat list --catalog DIR'); given twice, the later one wins."
            ))
        #expect(root.stdout.contains("--catalog <path>        The catalog directory, given before or after the"))
        let list = try Binary.run(["list", "--help"])
        #expect(list.stdout.contains("USAGE: stackcat list [--catalog <path>]"))
        #expect(list.stdout.contains("Without it: $STACKCAT_CATALOG, else ./catalog"))
    }

    @Test func docsAndValidateTakeItBeforeTheSubcommand() throws {
        let scratch = try Self.catalogWithoutKayenta()
        defer { scratch.remove() }
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let path = scratch.catalog.path
        let before = try Binary.run(["--catalog", path, "validate"], in: empty.url)
        let after = try Binary.run(["validate", "--catalog", path], in: empty.url)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stderr == after.stderr)
        #expect(before.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount - 1) files of \(path)/\n")
        let docs = try Binary.run(["--catalog", path, "docs", "--out", "docs"], in: empty.url)
        #expect(docs.status == 0, "\(docs.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty.url.appendingPathComponent("docs/tools/spinnaker.md").path))
        #expect(!FileManager.default.fileExists(atPath: empty.url.appendingPathComponent("docs/tools/kayenta.md").path))
        let check = try Binary.run(["docs", "--check", "--out", "docs", "--catalog=" + path], in: empty.url)
        #expect(check.status == 0, "\(check.stderr)")
    }

    /// Blocks run stackcat's own argument parsing, so both positions work inside them too, and the
    /// catalog given to `docs` is the one blocks without --catalog read.
    @Test func injectBlocksTakeItInEitherPosition() throws {
        let scratch = try Self.catalogWithoutKayenta()
        defer { scratch.remove() }
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let path = scratch.catalog.path
        let file = empty.url.appendingPathComponent("guide.md")
        try Data(
            """
            <!-- stackcat:begin --catalog \(path) list --category cd --format ids -->
            <!-- stackcat:end -->
            <!-- stackcat:begin list --category cd --format ids --catalog=\(path) -->
            <!-- stackcat:end -->
            <!-- stackcat:begin list --category cd --format ids -->
            <!-- stackcat:end -->

            """.utf8
        ).write(to: file)
        let run = try Binary.run(["docs", "--inject", "guide.md"], in: empty.url)
        #expect(run.status == 0, "\(run.stderr)")
        let blocks = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "<!-- stackcat:end -->")
        #expect(blocks.count == 4)
        #expect(blocks[0].contains("spinnaker\n") && !blocks[0].contains("kayenta"))
        #expect(blocks[1].contains("spinnaker\n") && !blocks[1].contains("kayenta"))
        // Without --catalog in the block: the catalog docs reads, here the built-in one.
        #expect(blocks[2].contains("kayenta\n"))
        // The same file checked with the scratch catalog given before 'docs': the third block is stale.
        let check = try Binary.run(["--catalog", path, "docs", "--inject", "guide.md", "--check"], in: empty.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("-kayenta"), "\(check.stderr)")
    }

    /// Commands that read no catalog refuse --catalog in either position instead of ignoring it (init
    /// used to write ./catalog whatever --catalog said), and write nothing.
    @Test(arguments: ["rules", "schema", "init"])
    func commandsThatReadNoCatalogRefuseIt(_ command: String) throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        for arguments in [["--catalog", "x", command], [command, "--catalog", "x"]] {
            let run = try Binary.run(arguments, in: empty.url)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("'\(command)' reads no catalog; leave out --catalog"), "\(arguments): \(run.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: empty.url.path).isEmpty)
        }
        #expect(try Binary.run([command], in: empty.url).status == 0)
    }

    @Test func importLandscapeRefusesItInEitherPosition() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        try Data(
            """
            landscape:
              - category:
                name: Provisioning
                subcategories:
                  - subcategory:
                    name: Automation
                    items:
                      - item:
                        name: Foo
                        homepage_url: https://foo.example
                        description: Foo automates things.

            """.utf8
        ).write(to: empty.url.appendingPathComponent("landscape.yml"))
        for arguments in [
            ["--catalog", "x", "import", "landscape", "landscape.yml", "--out", "out"],
            ["import", "landscape", "landscape.yml", "--out", "out", "--catalog=x"]
        ] {
            let run = try Binary.run(arguments, in: empty.url)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains("'import landscape' reads no catalog; leave out --catalog"), "\(arguments): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: empty.url.appendingPathComponent("out").path))
        }
        let imported = try Binary.run(["import", "landscape", "landscape.yml", "--out", "out"], in: empty.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try Binary.run(["--catalog", "out", "list", "--format", "ids"], in: empty.url)
        let after = try Binary.run(["list", "--format", "ids", "--catalog", "out"], in: empty.url)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == "foo\n")
        #expect(after.stdout == before.stdout)
    }
}
