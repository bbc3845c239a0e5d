import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// Issue 14, item 4: `export backstage` writes entities that Backstage's published schemas accept.
@Suite("Backstage export")
struct BackstageExporterTests {
    /// Writes the files under a temporary directory and runs the schema check on every one.
    static func check(_ files: [(path: String, contents: String)]) throws -> ExternalSchemaCheck.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-backstage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        let schemas = ExternalSchemaCheck.dataDirectory.appendingPathComponent("backstage").path
        return try ExternalSchemaCheck.run("backstage", [schemas] + paths)
    }

    @Test func everyEntityPassesBackstagesSchemas() throws {
        for catalog in [try ExternalSchemaCheck.builtIn(), try InHouseCatalog.load()] {
            let result = BackstageExporter(catalog: catalog).run()
            let checked = try Self.check(result.files)
            #expect(checked.errors == [])
            #expect(checked.documents == result.files.count)
            #expect(result.files.allSatisfy { $0.contents.hasPrefix(BackstageExporter.marker + "\n") })
            #expect(BackstageExporter(catalog: catalog).run().files.map(\.contents) == result.files.map(\.contents))
        }
    }

    @Test func theCheckCanFail() throws {
        let files = BackstageExporter(catalog: try InHouseCatalog.load()).run().files.map { file in
            (
                file.path,
                file.contents.replacingOccurrences(of: "owner: group:team-payments", with: "owner: group:team-paymnts")
                    .replacingOccurrences(of: "  type: team\n", with: "")
            )
        }
        let errors = try Self.check(files).errors
        #expect(errors.contains { $0.contains("'type' is a required property") })
        #expect(errors.contains { $0.contains("spec.owner 'group:team-paymnts' names no entity of the export") })
    }

    @Test func kindsNamesAndReferences() throws {
        let catalog = try InHouseCatalog.load()
        let files = Dictionary(uniqueKeysWithValues: BackstageExporter(catalog: catalog).run().files.map { ($0.path, $0.contents) })
        #expect(
            files.keys.sorted() == [
                "catalog-info.yaml", "components/checkout-api.yaml",
                "components/order-events-stream-processor-for-the-fulfilment-wareh-5f3174c3.yaml",
                "components/payments-gateway-in-house.yaml", "components/shop.legacy-monolith.yaml",
                "groups/team-checkout.yaml", "groups/team-payments.yaml", "groups/team-platform.yaml",
                "resources/datadog.yaml", "resources/kubernetes.yaml", "systems/shop.yaml"
            ])
        let kubernetes = try #require(files["resources/kubernetes.yaml"])
        #expect(kubernetes.contains("kind: Resource\n"))
        // spec.type is a Backstage type suggested by the category (issue 25), not the hosting.
        #expect(kubernetes.contains("spec:\n  type: cluster\n  owner: group:team-platform\n  system: system:shop\n"))
        let datadog = try #require(files["resources/datadog.yaml"])
        // A shared tool without an owner is owned by the owner of the stack that uses it (issue 25),
        // and its symmetric integrates-with is no one-way dependsOn.
        #expect(datadog.contains("  type: tool\n  owner: group:team-checkout\n"))
        #expect(datadog.contains("    stackcat.dev/owner-from: \"stacks\"\n"))
        #expect(!datadog.contains("dependsOn"))
        let team = try #require(files["groups/team-payments.yaml"])
        #expect(team.contains("  links:\n    - url: https://chat.example.com/channels/payments\n      title: Contact\n"))
        let long = try #require(files["components/order-events-stream-processor-for-the-fulfilment-wareh-5f3174c3.yaml"])
        #expect(long.contains("stackcat.dev/id: \"order-events-stream-processor-for-the-fulfilment-warehouse-syncs\""))
        #expect(long.contains("  lifecycle: deprecated\n"))
        #expect(try #require(files["components/shop.legacy-monolith.yaml"]).contains("  system: system:shop\n"))
    }

    @Test func namesThatDoNotFitAreMappedDeterministically() {
        let id = String(repeating: "a", count: 60) + "-bcd"
        #expect(BackstageName.of("kubernetes") == "kubernetes")
        #expect(BackstageName.of("shop.legacy-monolith") == "shop.legacy-monolith")
        let mapped = BackstageName.of(id)
        #expect(mapped.count <= 63 && BackstageName.isValid(mapped))
        #expect(mapped == BackstageName.of(id))
        #expect(mapped != BackstageName.of(String(repeating: "a", count: 60) + "-bce"))
        #expect(!BackstageName.isValid("-a") && !BackstageName.isValid("a-") && !BackstageName.isValid(String(repeating: "a", count: 64)))
    }
}
