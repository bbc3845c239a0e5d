import Foundation
import Testing

/// `validate` and `docs` say which catalog they read, and say so on standard error when it is the
/// built-in one only because no other was found; other commands stay quiet about it.
@Suite("which catalog was read", .serialized)
struct CatalogNameEndToEndTests {
    static let fallbackNote = "stackcat: note: no --catalog, $STACKCAT_CATALOG or catalog/ directory here or above; using the built-in catalog\n"

    @Test func validateWithoutACatalogSaysItReadTheBuiltInOne() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let text = try Binary.run(["validate"], in: empty.url)
        #expect(text.status == 0)
        #expect(text.stdout == "")
        #expect(text.stderr == Self.fallbackNote + "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of the built-in catalog\n")
        for format in ["json", "sarif", "github"] {
            let run = try Binary.run(["validate", "--format", format], in: empty.url)
            #expect(run.status == 0, "\(format)")
            #expect(run.stderr == text.stderr, "\(format)")
            #expect(!run.stdout.contains("built-in"), "\(format): the note stays off standard output")
        }
    }

    @Test func otherCommandsStayQuietAboutTheBuiltInCatalog() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        for arguments in [
            ["list"], ["show", "spinnaker"], ["search", "canary"], ["categories"], ["roles"], ["relations"],
            ["compare", "spinnaker", "kayenta"], ["graph", "--format", "mermaid"]
        ] {
            let run = try Binary.run(arguments, in: empty.url)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stderr == "", "\(arguments)")
        }
    }

    @Test func validateNamesTheDirectoryItRead() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let here = try Binary.run(["validate"], in: scratch.root)
        #expect(here.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of catalog/\n")
        let sub = scratch.root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let above = try Binary.run(["validate"], in: sub)
        #expect(above.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of ../../catalog/\n")
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let fromEnvironment = try Binary.run(["validate"], in: empty.url, environment: ["STACKCAT_CATALOG": scratch.catalog.path])
        #expect(fromEnvironment.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of \(scratch.catalog.path)/\n")
        let given = try Binary.run(["validate", "--catalog", scratch.catalog.path + "/"], in: empty.url)
        #expect(given.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of \(scratch.catalog.path)/\n")
        let missing = try Binary.run(["validate", "--catalog", "nowhere"], in: empty.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasSuffix("validate: 1 error, 0 warnings in 0 files of nowhere/\n"))
        #expect(!missing.stderr.contains("built-in catalog;"), "a missing --catalog is an error, not a fallback")
    }

    @Test func docsOutNamesTheCatalog() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let built = try Binary.run(["docs", "--out", "docs"], in: empty.url)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix(Self.fallbackNote))
        #expect(built.stderr.hasSuffix(" written, 0 removed, 0 unchanged in docs (from the built-in catalog)\n"))
        let check = try Binary.run(["docs", "--out", "docs", "--check"], in: empty.url)
        #expect(check.status == 0)
        #expect(check.stderr.hasPrefix(Self.fallbackNote + "docs: docs is up to date with the built-in catalog ("))

        let scratch = try CatalogOptionEndToEndTests.catalogWithoutKayenta()
        defer { scratch.remove() }
        let path = scratch.catalog.path
        let stale = try Binary.run(["docs", "--out", "docs", "--check", "--catalog", path], in: empty.url)
        #expect(stale.status == 1)
        #expect(!stale.stderr.contains("note:"))
        #expect(stale.stderr.contains("docs: extra docs/tools/kayenta.md"))
        #expect(stale.stderr.contains(" files in docs are out of date with \(path)/; run 'stackcat --catalog \(path) docs --out docs'\n"))
        let update = try Binary.run(["--catalog", path, "docs", "--out", "docs"], in: empty.url)
        #expect(update.status == 0)
        #expect(update.stderr.contains(" removed, ") && update.stderr.hasSuffix(" unchanged in docs (from \(path)/)\n"))
        let written = try Binary.run(["docs", "--out", "docs"], in: scratch.root)
        #expect(written.stderr.hasSuffix(" written, 0 removed, 0 unchanged in docs (from catalog/)\n"), "\(written.stderr)")
        let local = try Binary.run(["docs", "--out", "docs", "--check"], in: scratch.root)
        #expect(local.stderr.hasPrefix("docs: docs is up to date with catalog/ ("), "\(local.stderr)")
    }

    @Test func docsInjectNamesTheCatalog() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let file = empty.url.appendingPathComponent("guide.md")
        try Data("<!-- stackcat:begin list --category cd --format ids -->\n<!-- stackcat:end -->\n".utf8).write(to: file)
        let check = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: empty.url)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix(Self.fallbackNote + "docs: stale blocks in guide.md\n"))
        #expect(check.stderr.hasSuffix("docs: 1 file out of date with the built-in catalog; run 'stackcat docs --inject guide.md'\n"))
        let run = try Binary.run(["docs", "--inject", "guide.md"], in: empty.url)
        #expect(run.status == 0)
        #expect(run.stderr == Self.fallbackNote + "docs: updated guide.md from the built-in catalog\n")
        let again = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: empty.url)
        #expect(again.status == 0)
        #expect(again.stderr == Self.fallbackNote + "docs: blocks in guide.md are up to date with the built-in catalog\n")

        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try FileManager.default.copyItem(at: file, to: scratch.root.appendingPathComponent("guide.md"))
        let local = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: scratch.root)
        #expect(local.status == 0)
        #expect(local.stderr == "docs: blocks in guide.md are up to date with catalog/\n")
    }
}
