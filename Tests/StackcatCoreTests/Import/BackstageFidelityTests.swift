import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatValidation

/// Issue 25, part 3: what Backstage says that stackcat keeps, both ways.
@Suite("Backstage fidelity")
struct BackstageFidelityTests {
    static let apis = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: team-a
        spec:
          type: team
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: orders
          links:
            - url: https://docs.example.com/orders
              title: Runbook
        spec:
          type: service
          lifecycle: production
          owner: team-a
          system: shop
          consumesApis: [payments-api]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: payments
        spec:
          type: service
          lifecycle: deprecated
          owner: team-a
          system: shop
          providesApis: [api:payments-api]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: API
        metadata:
          name: payments-api
        spec:
          type: openapi
          lifecycle: production
          owner: team-a
          definition: "openapi: 3.0.0"
        ---
        apiVersion: backstage.io/v1alpha1
        kind: System
        metadata:
          name: shop
        spec:
          owner: team-a

        """

    @Test func apisBecomeRelationsAndLifecyclesRings() throws {
        let result = BackstageImporterTests.importFiles([("catalog-info.yaml", Self.apis)])
        #expect(result.diagnostics.map(Fixture.describe) == [])
        let check = BackstageImporterTests.check(result)
        #expect(BackstageImporterTests.errors(check) == [])
        let orders = try #require(check.catalog.tool("orders"))
        // A consumer of an API depends on its provider, with the API named.
        #expect(orders.relations.map { "\($0.type.value) \($0.target.value) \($0.note ?? "-")" } == ["depends-on payments through the API payments-api"])
        // Links other than homepage and repository are the facts' sources.
        #expect(orders.sources == ["https://docs.example.com/orders"])
        let stack = try #require(check.catalog.stacks.first)
        #expect(stack.components.map { "\($0.id) \($0.ring)" } == ["orders adopt", "payments hold"])
    }

    static let groups = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: platform
        spec:
          type: department
          children: [payments]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: payments
        spec:
          type: team
          parent: group:default/platform
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: orphan
        spec:
          type: team
          parent: elsewhere
          children: []

        """

    /// A Group's `spec.parent` becomes the team's `parent` when the input defines that Group; export
    /// writes it back, so a round trip keeps the tree.
    @Test func groupParentsBecomeTeamParentsAndBack() throws {
        let result = BackstageImporterTests.importFiles([("catalog-info.yaml", Self.groups)])
        let check = BackstageImporterTests.check(result)
        #expect(BackstageImporterTests.errors(check) == [])
        let parents = check.catalog.teams.map { "\($0.id.value) \($0.parent?.value ?? "-")" }
        #expect(parents == ["orphan -", "payments platform", "platform -"])
        let exported = BackstageExporter(catalog: check.catalog).run()
        let payments = try #require(exported.files.first { $0.path == "groups/payments.yaml" }?.contents)
        #expect(payments.contains("\n  parent: group:platform\n"))
        #expect(exported.files.first { $0.path == "groups/platform.yaml" }?.contents.contains("parent:") == false)
        let back = BackstageImporterTests.check(BackstageImporterTests.importFiles(exported.files, start: ["catalog-info.yaml"])).catalog
        #expect(back.teams.map { "\($0.id.value) \($0.parent?.value ?? "-")" } == parents)
    }

    @Test func exportOwnsSharedToolsTypesThemAndKeepsSymmetricRelationsOut() throws {
        let catalog = try InHouseCatalog.load()
        let result = BackstageExporter(catalog: catalog).run()
        let files = Dictionary(result.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        // No entity carries the hosting as its type.
        for (path, text) in files where path.hasPrefix("resources/") {
            for hosting in ["self-hosted", "managed", "saas", "specification", "pattern"] {
                #expect(!text.contains("\n  type: \(hosting)\n"), "\(path)")
            }
        }
        // A tool without an owner that one team's stacks use is that team's, marked as chosen.
        for tool in catalog.tools where tool.owner == nil {
            let text = try #require(
                files.first { $0.value.contains("stackcat.dev/id: \"\(tool.id)\"") || $0.value.contains("stackcat.dev/id: \(tool.id)\n") }?.value)
            if !text.contains("owner: group:stackcat_unowned") {
                #expect(text.contains("stackcat.dev/owner-from:"), "\(tool.id)")
            }
        }
        // Export then import keeps owners: a chosen owner is dropped again.
        let back = BackstageImporterTests.importFiles(result.files, start: ["catalog-info.yaml"])
        let imported = BackstageImporterTests.check(back).catalog
        #expect(imported.tools.map(\.owner?.value) == catalog.tools.map(\.owner?.value))
    }

    @Test func platformTeamAndConfiguredTypes() throws {
        var catalog = try InHouseCatalog.load()
        var settings = CatalogSettings(path: "catalog.yaml")
        let team = try #require(catalog.teams.first).id.value
        settings.platformTeam = Located(team, span: .fileStart)
        let tool = try #require(catalog.tools.first { $0.hosting != .inHouse && $0.hosting != .library })
        settings.backstageTypes = [tool.category.value: "special-type"]
        catalog.settings = settings
        let result = BackstageExporter(catalog: catalog).run()
        let text = try #require(
            result.files.first { $0.contents.contains("stackcat.dev/id: \"\(tool.id)\"") || $0.contents.contains("stackcat.dev/id: \(tool.id)\n") }?.contents)
        #expect(text.contains("  type: special-type\n"), "\(text)")
        // With a platform team, no shared tool is left to the placeholder.
        #expect(!result.notes.contains { $0.hasPrefix("warning:") })
    }

    @Test func symmetricRelationsAreNotDependsOn() throws {
        let catalog = try ExternalSchemaCheck.builtIn()
        let result = BackstageExporter(catalog: catalog).run()
        let symmetric = catalog.tools.reduce(0) { count, tool in
            count + tool.relations.count { catalog.relationType($0.type.value)?.symmetric ?? false }
        }
        #expect(symmetric > 0)
        #expect(result.notes.contains { $0.hasPrefix("note: \(symmetric) symmetric relations are not written as spec.dependsOn") }, "\(result.notes)")
    }
}
