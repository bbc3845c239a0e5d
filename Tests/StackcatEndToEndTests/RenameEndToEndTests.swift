import Foundation
import Testing

/// `stackcat rename` on a copy of the built-in catalog: only the id's bytes change, the file is
/// renamed, the catalog stays valid; --dry-run writes nothing; refusals change nothing.
@Suite("rename end to end")
struct RenameEndToEndTests {
    struct Copy {
        let root: URL
        var catalog: URL { root.appendingPathComponent("catalog") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-rename-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent("catalog"), to: catalog)
        }

        func bytes(_ relative: String) throws -> Data { try Data(contentsOf: catalog.appendingPathComponent(relative)) }
        func write(_ relative: String, _ data: Data) throws { try data.write(to: catalog.appendingPathComponent(relative)) }
        func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: catalog.appendingPathComponent(relative).path) }
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for sub in ["", "tools", "stacks"] {
                let directory = catalog.appendingPathComponent(sub)
                for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".yaml") {
                    let relative = sub.isEmpty ? name : sub + "/" + name
                    files[relative] = try bytes(relative)
                }
            }
            return files
        }
        func stackcat(_ arguments: String...) throws -> Run { try Binary.run(["--catalog", catalog.path] + arguments, in: root) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aToolRenameKeepsEveryOtherByteCommentsAndLineEndings() throws {
        let copy = try Copy()
        defer { copy.remove() }
        // One file with CR LF line endings and a comment beside a reference.
        let halyard = try String(decoding: copy.bytes("tools/halyard.yaml"), as: UTF8.self)
        #expect(halyard.contains("target: spinnaker\n"))
        let crlf = halyard.replacingOccurrences(of: "target: spinnaker\n", with: "target: spinnaker   # the platform it installs\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try copy.write("tools/halyard.yaml", Data(crlf.utf8))
        let before = try copy.snapshot()
        let run = try copy.stackcat("rename", "spinnaker", "spinnaker-cd", "--keep-alias")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("renamed the tool 'spinnaker' to 'spinnaker-cd'"))
        #expect(!copy.exists("tools/spinnaker.yaml") && copy.exists("tools/spinnaker-cd.yaml"))
        let after = try copy.snapshot()
        for (path, old) in before {
            let newPath = path == "tools/spinnaker.yaml" ? "tools/spinnaker-cd.yaml" : path
            let new = try #require(after[newPath])
            var expected = String(decoding: old, as: UTF8.self)
                .replacingOccurrences(of: "tool: spinnaker\n", with: "tool: spinnaker-cd\n")
                .replacingOccurrences(of: "target: spinnaker\n", with: "target: spinnaker-cd\n")
                .replacingOccurrences(of: "target: spinnaker   #", with: "target: spinnaker-cd   #")
                .replacingOccurrences(of: "from: spinnaker\n", with: "from: spinnaker-cd\n")
                .replacingOccurrences(of: "to: spinnaker\n", with: "to: spinnaker-cd\n")
            if path == "tools/spinnaker.yaml" { expected = expected.replacingOccurrences(of: "aliases: [spin]", with: "aliases: [spin, spinnaker]") }
            #expect(String(decoding: new, as: UTF8.self) == expected, "\(path)")
        }
        #expect(after.count == before.count)
        let validate = try copy.stackcat("validate", "--strict")
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    @Test func dryRunShowsTheEditsAndWritesNothing() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let before = try copy.snapshot()
        let run = try copy.stackcat("rename", "deploys-to", "ships-to", "--dry-run")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("relations.yaml:2:7: 'deploys-to' -> 'ships-to'"), "\(run.stdout)")
        #expect(run.stderr.contains("dry run: nothing written"))
        #expect(try copy.snapshot() == before)
    }

    @Test(arguments: [
        (["rename", "cd", "delivery", "--kind", "category"], "the category 'delivery' already exists"),
        (["rename", "cd", "Not_An_Id", "--kind", "category"], "is not a valid id"),
        (["rename", "canary-release", "canary"], "--kind tool|role"),
        (["rename", "no-such-thing", "other"], "is not the id of any"),
        (["rename", "cd", "continuous-delivery", "--kind", "category", "--keep-alias"], "only tools have aliases")
    ])
    func refusalsChangeNothing(_ arguments: [String], _ message: String) throws {
        let copy = try Copy()
        defer { copy.remove() }
        let before = try copy.snapshot()
        let run = try Binary.run(["--catalog", copy.catalog.path] + arguments, in: copy.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(try copy.snapshot() == before)
    }
}
