import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering

/// `CatalogDiff` on two in-memory catalogs that differ in every way it reports
/// (`CatalogDiffFixture`), and its three formats against reviewed golden files.
@Suite("Catalog diff")
struct CatalogDiffTests {
    static func diff() throws -> CatalogDiff {
        let old = CatalogDiffFixture.old.check()
        let new = CatalogDiffFixture.new.check()
        #expect(old.diagnostics.filter { $0.severity == .error }.map(Fixture.describe) == [])
        #expect(new.diagnostics.filter { $0.severity == .error }.map(Fixture.describe) == [])
        return CatalogDiff(
            from: old.catalog, to: new.catalog,
            base: CatalogDiff.Side(label: "main", commit: "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c"),
            head: CatalogDiff.Side(label: "working tree"))
    }

    @Test func everyKindOfEntryIsAddedRemovedAndRenamed() throws {
        let diff = try Self.diff()
        for kind in CatalogDiff.Kind.allCases {
            let section = diff.section(kind)
            #expect(section.added.count == 1, "\(kind) added")
            #expect(section.removed.count == 1, "\(kind) removed")
            #expect(!section.renamed.isEmpty, "\(kind) renamed")
            #expect(!section.changed.isEmpty, "\(kind) changed")
        }
        let tools = diff.section(.tool)
        #expect(tools.renamed.map { "\($0.from)>\($0.to):\($0.reason)" } == ["flux>fluxcd:alias", "spinnaker>spinnaker-cd:content"])
        #expect(tools.added.map(\.id) == ["argo"] && tools.removed.map(\.id) == ["jenkins"])
    }

    @Test func relationNotesAndComponentDetailsAreChanges() throws {
        let diff = try Self.diff()
        let kubernetes = try #require(diff.section(.tool).changed.first { $0.id == "kubernetes" })
        #expect(
            kubernetes.relationsChanged == [
                CatalogDiff.EdgeNoteChange(
                    type: "integrates-with", target: "spinnaker-cd",
                    old: "Through the V2 provider.",
                    new: "Through the Kubernetes provider V2.")
            ])
        // The renamed category, role, relation type and tool are followed: no change on kubernetes for them.
        #expect(kubernetes.facts.map(\.key) == ["language", "owner", "tags"])
        #expect(kubernetes.relationsAdded.map(\.target) == ["argo"])
        #expect(kubernetes.relationsRemoved.map(\.target) == ["jenkins"])
        let demo = try #require(diff.section(.stack).changed.first { $0.id == "demo" })
        #expect(demo.facts.map(\.key) == ["reviewed"])
        let details = Dictionary(
            uniqueKeysWithValues: demo.componentsChanged.map { ($0.id, $0.facts.map { "\($0.key): \($0.old ?? "-") > \($0.new ?? "-")" }) })
        #expect(details["spinnaker-cd"] == ["role: Deploys. > Deploys, with canary analysis."])
        #expect(
            details["kubernetes"] == [
                "role: Runs the services. > Proven in production for a year.", "owner: team-a > team-c",
                "reviewed: - > 2026-11-30"
            ])
        #expect(details["gateway"] == ["name: Gateway > API gateway"])
        #expect(demo.moves.map { "\($0.id) \($0.from)>\($0.to) \($0.isInward ? "in" : "out")" } == ["kubernetes trial>adopt in", "fluxcd assess>hold out"])
        #expect(diff.settings.map(\.key) == ["radar"])
        // The renamed category is followed: only the quadrants that changed otherwise show.
        #expect(diff.settings.first?.removed == ["Tools [delivery]", "Other [legacy]"])
        #expect(diff.settings.first?.added == ["Delivery [delivery]", "Other [observability]"])
    }

    @Test func aRelationsNoteAloneIsAChange() {
        let before = Fixture.valid.with(
            "tools/spinnaker.yaml",
            Fixture.spinnaker.replacingOccurrences(
                of: "    target: kubernetes\n",
                with: "    target: kubernetes\n    note: Old note.\n"))
        let after = Fixture.valid.with(
            "tools/spinnaker.yaml",
            Fixture.spinnaker.replacingOccurrences(
                of: "    target: kubernetes\n",
                with: "    target: kubernetes\n    note: New note.\n"))
        let diff = CatalogDiff(from: before.check().catalog, to: after.check().catalog)
        #expect(!diff.isEmpty)
        #expect(
            diff.section(.tool).changed.map(\.relationsChanged) == [
                [
                    CatalogDiff.EdgeNoteChange(
                        type: "deploys-to", target: "kubernetes",
                        old: "Old note.", new: "New note.")
                ]
            ])
        #expect(CatalogDiff(from: after.check().catalog, to: after.check().catalog).isEmpty)
    }

    @Test func goldenText() throws {
        Golden.check(DiffTextFormat.render(try Self.diff()), "diff/every-change.txt")
    }

    @Test func goldenMarkdownIsGFM() throws {
        let markdown = DiffMarkdownFormat.render(try Self.diff())
        Golden.check(markdown, "diff/every-change.md")
        try GFMTables.check(markdown, name: "diff")
        #expect(GFMTables.markdownTableCount(markdown) >= 9)
    }

    @Test func goldenJSON() throws {
        let json = DiffJSONFormat.render(try Self.diff())
        Golden.check(json, "diff/every-change.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["base", "head", "changed", "settings", "tools", "stacks", "teams", "categories", "roles", "relation-types"])
        let stacks = try #require(object["stacks"] as? [String: Any])
        let demo = try #require((stacks["changed"] as? [[String: Any]])?.first { $0["id"] as? String == "demo" })
        #expect(
            Set(demo.keys) == [
                "id", "name", "renamed-from", "facts", "relations-added", "relations-removed", "relations-changed",
                "components-added", "components-removed", "components-changed", "moves"
            ])
    }
}
