import Foundation
import Testing

/// `.yml`, `.YAML` and other cases of the extensions read like `.yaml`; one entry in two files is an error.
@Suite("yml files end to end", .serialized)
struct FileExtensionEndToEndTests {
    func rename(_ scratch: ScratchCatalog, _ from: String, _ to: String) throws {
        try FileManager.default.moveItem(at: scratch.catalog.appendingPathComponent(from), to: scratch.catalog.appendingPathComponent(to))
    }

    @Test func ymlFilesAreReadLikeYAML() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try rename(scratch, "categories.yaml", "categories.yml")
        try rename(scratch, "relations.yaml", "relations.YAML")
        try rename(scratch, "tools/kayenta.yaml", "tools/kayenta.yml")
        try rename(scratch, "tools/spinnaker.yaml", "tools/spinnaker.YAML")
        try rename(scratch, "stacks/mercari-2018.yaml", "stacks/mercari-2018.Yaml")
        let validate = try Binary.run(["validate", "--strict"], in: scratch.root)
        #expect(validate.status == 0)
        #expect(validate.stderr == "validate: 0 errors, 0 warnings in \(Binary.builtInFileCount) files of catalog/\n")
        let list = try Binary.run(["list", "--stack", "mercari-2018", "--category", "cd", "--format", "ids"], in: scratch.root)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").contains("kayenta"))
        #expect(list.stdout.split(separator: "\n").contains("spinnaker"))
        let show = try Binary.run(["show", "kayenta", "--format", "json"], in: scratch.root)
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("{\n  \"id\": \"kayenta\",\n"))
    }

    @Test func oneToolInTwoFilesIsAnErrorNamingBoth() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try FileManager.default.copyItem(
            at: scratch.catalog.appendingPathComponent("tools/istio.yaml"),
            to: scratch.catalog.appendingPathComponent("tools/istio.yml"))
        let run = try Binary.run(["validate"], in: scratch.root)
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix("catalog/tools/istio.yml:1:1: error: tool 'istio' has two files, tools/istio.yaml and tools/istio.yml; this one is not read\n")
        )
        #expect(run.stderr.contains("catalog/tools/istio.yaml:1:1: note: tools/istio.yaml is read; keep one of the two\n"))
        #expect(run.stderr.hasSuffix("validate: 1 error, 0 warnings in \(Binary.builtInFileCount + 1) files of catalog/\n"))
        let list = try Binary.run(["list"], in: scratch.root)
        #expect(list.status == 1)
        #expect(list.stderr.contains("tool 'istio' has two files"))
    }

    @Test func aStackReferringToAYmlToolResolves() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        // The case: with tools/x.yml skipped, a stack naming it reported an unknown tool.
        try rename(scratch, "tools/kayenta.yaml", "tools/kayenta.yml")
        let run = try Binary.run(["validate"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("unexpected"))
        #expect(!run.stderr.contains("unknown"))
        let docs = try Binary.run(["docs", "--out", "docs"], in: scratch.root)
        #expect(docs.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("docs/tools/kayenta.md").path))
    }
}
