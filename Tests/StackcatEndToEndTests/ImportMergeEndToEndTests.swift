import Foundation
import Testing

/// Issue 25, part 2: `import backstage --into` and `import landscape --into` merge into an existing
/// catalog: new entries are added, imported ones updated, hand-written or hand-edited ones left alone
/// and reported with file and line; `--dry-run` prints a diff and writes nothing; twice is a no-op.
@Suite("imports merged into a catalog end to end")
struct ImportMergeEndToEndTests {
    static let entities = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: payments
        spec:
          type: team
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: ledger
          description: The ledger.
        spec:
          type: service
          lifecycle: production
          owner: group:payments
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: kubernetes
          description: Clashes with the hand-written tool.
        spec:
          type: service
          owner: group:payments

        """

    /// The whole catalog directory, path → bytes.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(url.path.dropFirst(directory.path.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    func setUp() throws -> (root: URL, catalog: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bs"), withIntermediateDirectories: true)
        let run = try Binary.run(["init", "catalog"], in: root, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        try Data(Self.entities.utf8).write(to: root.appendingPathComponent("bs/catalog-info.yaml"))
        return (root, root.appendingPathComponent("catalog"))
    }

    @Test func backstageMergesAddsUpdatesAndLeavesHandWorkAlone() throws {
        let (root, catalog) = try setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.snapshot(catalog)

        let dry = try Binary.run(["import", "backstage", "bs", "--into", "catalog", "--dry-run"], in: root)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try Self.snapshot(catalog) == before, "a dry run writes nothing")
        #expect(
            dry.stdout.contains("--- /dev/null\n+++ b/catalog/tools/ledger.yaml\n@@ -0,0 +1,8 @@\n+# imported from Backstage by stackcat; do not edit\n"),
            "\(dry.stdout)")
        #expect(dry.stdout.contains("+++ b/catalog/teams.yaml\n"))
        // The hand-written tool of the same id and the hand-written vocabulary are reported with file and line.
        #expect(dry.stderr.contains("catalog/tools/kubernetes.yaml:1:1: warning: written by hand"), "\(dry.stderr)")
        #expect(dry.stderr.contains("catalog/categories.yaml:"), "\(dry.stderr)")
        #expect(dry.stderr.contains("- id: service\n  name: Service\n"))
        #expect(dry.stderr.contains("would add 2, would update 0"))

        // The category the import needs, added by hand as the report says.
        let categories = catalog.appendingPathComponent("categories.yaml")
        let text = try String(contentsOf: categories, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "categories:\n", with: "categories:\n- id: service\n  name: Service\n").utf8).write(to: categories)

        let first = try Binary.run(["import", "backstage", "bs", "--into", "catalog"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("added 2, updated 0"), "\(first.stderr)")
        let validate = try Binary.run(["validate", "--catalog", "catalog"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(
            try String(contentsOf: catalog.appendingPathComponent("tools/kubernetes.yaml"), encoding: .utf8)
                == String(decoding: before["/tools/kubernetes.yaml"]!, as: UTF8.self), "the hand-written tool is untouched")

        // Twice: nothing changes.
        let merged = try Self.snapshot(catalog)
        let second = try Binary.run(["import", "backstage", "bs", "--into", "catalog"], in: root)
        #expect(second.status == 0)
        #expect(second.stderr.contains("added 0, updated 0"), "\(second.stderr)")
        #expect(try Self.snapshot(catalog) == merged)

        // The input changes: the imported entry is updated.
        try Data(Self.entities.replacingOccurrences(of: "The ledger.", with: "The ledger, version 2.").utf8)
            .write(to: root.appendingPathComponent("bs/catalog-info.yaml"))
        let update = try Binary.run(["import", "backstage", "bs", "--into", "catalog"], in: root)
        #expect(update.stderr.contains("added 0, updated 1"), "\(update.stderr)")
        let ledger = catalog.appendingPathComponent("tools/ledger.yaml")
        #expect(try String(contentsOf: ledger, encoding: .utf8).contains("summary: The ledger, version 2.\n"))

        // A hand edit survives a re-import, and is reported at its line.
        let edited = try String(contentsOf: ledger, encoding: .utf8).replacingOccurrences(of: "version 2.", with: "edited by hand.")
        try Data(edited.utf8).write(to: ledger)
        try Data(Self.entities.replacingOccurrences(of: "The ledger.", with: "The ledger, version 3.").utf8)
            .write(to: root.appendingPathComponent("bs/catalog-info.yaml"))
        let again = try Binary.run(["import", "backstage", "bs", "--into", "catalog"], in: root)
        #expect(again.status == 0)
        #expect(again.stderr.contains("catalog/tools/ledger.yaml:5:1: warning: edited by hand since it was imported; left alone"), "\(again.stderr)")
        #expect(try String(contentsOf: ledger, encoding: .utf8) == edited)
    }

    /// `--into` holds the catalog directory's lock (`.stackcat-catalog.lock` beside it, as `docs`,
    /// `site`, `new` and `rename` do): a second run while another holds it fails at once, clearly,
    /// and writes nothing; a dry run, which writes nothing, does not need it.
    @Test func aConcurrentImportFailsClearlyAndWritesNothing() throws {
        let (root, catalog) = try setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let lock = root.appendingPathComponent(".stackcat-catalog.lock")
        let ready = root.appendingPathComponent("ready")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        let release = root.appendingPathComponent("release")
        // The holder keeps the lock until the test creates `release` (a killed `flock` would leave its
        // child holding the lock, and the test waiting on it).
        holder.arguments = [lock.path, "-c", "touch '\(ready.path)'; while [ ! -e '\(release.path)' ]; do sleep 0.05; done"]
        try holder.run()
        defer {
            _ = FileManager.default.createFile(atPath: release.path, contents: nil)
            holder.waitUntilExit()
        }
        // Wait for the holder to take the lock (bounded by polls, not by a clock).
        for _ in 0..<2000 where !FileManager.default.fileExists(atPath: ready.path) { usleep(10_000) }
        #expect(FileManager.default.fileExists(atPath: ready.path))
        let before = try Self.snapshot(catalog)
        let blocked = try Binary.run(["import", "backstage", "bs", "--into", "catalog"], in: root)
        #expect(blocked.status == 1, "\(blocked.stderr)")
        #expect(blocked.stderr.contains("stackcat: error: another stackcat run is writing into catalog"), "\(blocked.stderr)")
        #expect(try Self.snapshot(catalog) == before)
        let dry = try Binary.run(["import", "backstage", "bs", "--into", "catalog", "--dry-run"], in: root)
        #expect(dry.status == 0, "\(dry.stderr)")
    }

    /// A conflict is an `import-conflict` diagnostic: file, line and column of the existing entry,
    /// the line itself, and what to do; it is a warning, so the import exits 0.
    @Test func conflictsAreRuleDiagnostics() throws {
        let (root, _) = try setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Binary.run(["import", "backstage", "bs", "--into", "catalog", "--dry-run"], in: root)
        #expect(run.status == 0)
        #expect(
            run.stderr.contains(
                "catalog/tools/kubernetes.yaml:1:1: warning: written by hand, and the import has the entry 'kubernetes' too; left alone\n"
            ), "\(run.stderr)")
        #expect(run.stderr.contains("note: to take the import's version, delete the file and import again"), "\(run.stderr)")
    }

    @Test func landscapeMergesToo() throws {
        let (root, catalog) = try setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        let landscape = """
            landscape:
              - category:
                name: Provisioning
                subcategories:
                  - subcategory:
                    name: Automation & Configuration
                    items:
                      - item:
                        name: Ansible
                        homepage_url: https://www.ansible.com/
                        repo_url: https://github.com/ansible/ansible
                        description: Automation for everyone.

            """
        try Data(landscape.utf8).write(to: root.appendingPathComponent("landscape.yml"))
        let first = try Binary.run(["import", "landscape", "landscape.yml", "--into", "catalog"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: catalog.appendingPathComponent("tools/ansible.yaml").path))
        let merged = try Self.snapshot(catalog)
        let second = try Binary.run(["import", "landscape", "landscape.yml", "--into", "catalog"], in: root)
        #expect(second.stderr.contains("added 0, updated 0"), "\(second.stderr)")
        #expect(try Self.snapshot(catalog) == merged)
        // Both targets, or neither, are bad usage.
        #expect(try Binary.run(["import", "landscape", "landscape.yml"], in: root).status == 64)
        #expect(try Binary.run(["import", "landscape", "landscape.yml", "--into", "catalog", "--out", "x"], in: root).status == 64)
        #expect(try Binary.run(["import", "landscape", "landscape.yml", "--out", "x", "--dry-run"], in: root).status == 64)
        let missing = try Binary.run(["import", "landscape", "landscape.yml", "--into", "nowhere"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such catalog directory"))
    }
}
