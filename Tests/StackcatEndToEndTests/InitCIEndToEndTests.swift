import Foundation
import Testing

/// `stackcat init --ci github` beside a catalog that exists: the workflow alone; and the repository the
/// workflow uses, a marked stand-in unless --action-repo names it.
@Suite("init --ci")
struct InitCIEndToEndTests {
    static func emptyDirectory() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-init-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// Every file under `root`, relative to it, with its bytes.
    static func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }

    @Test func anExistingCatalogGetsTheWorkflowAlone() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init", "inventory"], in: root).status == 0)
        let before = Self.snapshot(root)

        // Without --ci, a second init is still refused, and says how to get the workflow.
        let refused = try Binary.run(["init", "inventory"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("inventory holds a catalog already"), "\(refused.stderr)")
        #expect(refused.stderr.contains("with --ci github, init writes the workflow alone"), "\(refused.stderr)")

        let run = try Binary.run(["init", "inventory", "--ci", "github"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "init: inventory holds a catalog already; wrote .github/workflows/stackcat.yml only\n")
        #expect(run.stdout.contains("Replace OWNER in its 'uses:' line"), "\(run.stdout)")
        var after = Self.snapshot(root)
        let written = after.removeValue(forKey: ".github/workflows/stackcat.yml")
        let workflow = try #require(written)
        #expect(after == before, "init --ci changed the catalog")
        let text = String(decoding: workflow, as: UTF8.self)
        #expect(text.contains("          catalog: inventory\n"), "\(text)")

        // The catalog is checked by the written workflow's command, as it stands.
        #expect(try Binary.run(["validate", "--strict", "--catalog", "inventory"], in: root).status == 0)

        // A workflow that is there already is not overwritten.
        let again = try Binary.run(["init", "inventory", "--ci", "github", "--action-repo", "acme/stackcat"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr == "stackcat: error: .github/workflows/stackcat.yml exists already; move it away or leave out --ci\n")
        #expect(Self.snapshot(root)[".github/workflows/stackcat.yml"] == workflow)
    }

    /// Without --action-repo the 'uses:' line names OWNER/stackcat and says on that line to replace
    /// OWNER; with it, the repository given, and no stand-in anywhere.
    @Test func theActionRepositoryIsAMarkedValue() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let version = try Binary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for (arguments, repository) in [([String](), "OWNER/stackcat"), (["--action-repo", "its-org/stackcat"], "its-org/stackcat")] {
            let directory = root.appendingPathComponent(repository.replacingOccurrences(of: "/", with: "-"))
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let run = try Binary.run(["init", "--ci", "github"] + arguments, in: directory)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try String(contentsOf: directory.appendingPathComponent(".github/workflows/stackcat.yml"), encoding: .utf8)
            let uses = text.split(separator: "\n").filter { $0.contains("- uses: ") && !$0.contains("actions/checkout") }
            #expect(uses.count == 1, "\(text)")
            let line = String(uses.first ?? "")
            #expect(line.hasPrefix("      - uses: \(repository)@v\(version)  # zizmor: ignore[unpinned-uses]"), "\(line)")
            if arguments.isEmpty {
                #expect(line.hasSuffix("<- replace OWNER (see above)"), "\(line)")
                #expect(text.contains("# REPLACE OWNER below with the GitHub account that hosts the stackcat you use"))
            } else {
                #expect(!text.contains("OWNER/stackcat") && !text.contains("REPLACE OWNER") && !line.contains("replace"), "\(text)")
                #expect(run.stdout.contains("with its-org/stackcat@v\(version) on every push"), "\(run.stdout)")
                #expect(!run.stdout.contains("Replace OWNER"))
            }
        }
    }
}
