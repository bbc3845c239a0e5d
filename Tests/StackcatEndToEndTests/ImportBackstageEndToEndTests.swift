import Foundation
import Testing

@Suite("import backstage end to end", .serialized)
struct ImportBackstageEndToEndTests {
    static var inHouse: String { Binary.packageRoot.appendingPathComponent("Tests/Fixtures/inhouse-catalog").path }

    /// export backstage, then import backstage: a catalog that validates and keeps ids, names and owners.
    @Test(arguments: ["built-in", "in-house"])
    func exportThenImportValidates(_ which: String) throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let catalog = which == "built-in" ? "catalog" : Self.inHouse
        let export = try Binary.run(["export", "backstage", "--catalog", catalog, "--out", "bs"], in: scratch.root)
        #expect(export.status == 0, "\(export.stderr)")
        let run = try Binary.run(["import", "backstage", "bs/catalog-info.yaml", "--out", "back"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains(", 0 warnings)\n"))
        let validate = try Binary.run(["validate", "--catalog", "back"], in: scratch.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.split(separator: "\n").last?.hasPrefix("validate: 0 errors") == true)
        let before = try Binary.run(["list", "--catalog", catalog, "--format", "ids"], in: scratch.root)
        let after = try Binary.run(["list", "--catalog", "back", "--format", "ids"], in: scratch.root)
        #expect(after.stdout == before.stdout)
        if which == "in-house" {
            let owned = try Binary.run(["list", "--catalog", "back", "--owner", "team-checkout", "--format", "ids"], in: scratch.root)
            let originally = try Binary.run(["list", "--catalog", catalog, "--owner", "team-checkout", "--format", "ids"], in: scratch.root)
            #expect(owned.stdout == originally.stdout)
            #expect(owned.stdout.contains("checkout-api\n"))
        }
        // A directory reads the same entities; a rerun writes nothing.
        let again = try Binary.run(["import", "backstage", "bs", "--out", "back"], in: scratch.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("(0 files written, 0 warnings)"))
    }

    @Test func refusesRootForeignFilesAndLinksThatLeave() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let fm = FileManager.default
        let input = scratch.root.appendingPathComponent("in")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("kind: Component\nmetadata: { name: a }\nspec: { type: service, owner: team-a }\n".utf8)
            .write(to: input.appendingPathComponent("a.yaml"))
        try Data("kind: Location\nmetadata: { name: l }\nspec:\n  targets: [../outside.yaml, ./missing.yaml]\n".utf8)
            .write(to: input.appendingPathComponent("location.yml"))
        try Data("kind: Component\nmetadata: { name: outside }\nspec: { owner: team-a }\n".utf8)
            .write(to: scratch.root.appendingPathComponent("outside.yaml"))
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("link.yaml").path, withDestinationPath: "../outside.yaml")
        let run = try Binary.run(["import", "backstage", "in", "--out", "out"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("in/location.yml:4:13: warning: Location target '../outside.yaml' leaves the given files and directories; it is not read"))
        #expect(run.stderr.contains("in/location.yml:4:30: warning: Location target './missing.yaml' cannot be read: no such file"))
        #expect(run.stderr.hasSuffix("import: 2 entities became 1 team, 1 tool and 0 stacks in out (5 files written, 3 warnings)\n"))
        #expect(!fm.fileExists(atPath: scratch.root.appendingPathComponent("out/tools/outside.yaml").path))
        let validate = try Binary.run(["validate", "--catalog", "out"], in: scratch.root)
        #expect(validate.status == 0, "\(validate.stderr)")

        try Data("name: mine\n".utf8).write(to: scratch.root.appendingPathComponent("out/tools/a.yaml"))
        let conflict = try Binary.run(["import", "backstage", "in", "--out", "out"], in: scratch.root)
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("out/tools/a.yaml exists and was not written by an import"))
        let root = try Binary.run(["import", "backstage", "in", "--out", "/"], in: scratch.root)
        #expect(root.status == 1)
        #expect(root.stderr.contains("refusing to write an import into the root directory"))
        let bad = try Binary.run(["import", "backstage", "--out", "x"], in: scratch.root)
        #expect(bad.status == 64)
    }

    @Test func syntaxErrorsWriteNothing() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try Data("kind: Group\nmetadata:\n\tname: x\n".utf8).write(to: scratch.root.appendingPathComponent("tabs.yaml"))
        let run = try Binary.run(["import", "backstage", "tabs.yaml", "--out", "out"], in: scratch.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("tabs.yaml:3:1: error: YAML syntax error"))
        #expect(run.stderr.hasSuffix("nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("out").path))
    }
}
