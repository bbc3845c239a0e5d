import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation

/// Issue 23: teams take a parent, resolved with "did you mean", and form a tree; `new team` appends.
@Suite("Team parents and new team")
struct TeamTreeTests {
    static let teams = """
        - id: platform
          name: Platform engineering
        - id: payments
          name: Payments
          parent: platform

        """

    @Test func aParentResolvesAndIsKept() {
        let check = Fixture.valid.with("teams.yaml", Self.teams).check()
        #expect(check.diagnostics.isEmpty)
        #expect(check.catalog.team("payments")?.parent?.value == "platform")
        #expect(check.catalog.team("platform")?.parent == nil)
        let typo = Fixture.valid.with("teams.yaml", Self.teams.replacingOccurrences(of: "parent: platform", with: "parent: platfrom")).report()
        #expect(typo == ["catalog/teams.yaml:5:11: error: unknown parent team 'platfrom'\n  note: did you mean 'platform'?"])
    }

    @Test func teamPagesLinkTheTree() throws {
        let catalog = Fixture.valid.with("teams.yaml", Self.teams).check().catalog
        let files = Dictionary(uniqueKeysWithValues: DocsFiles(catalog: catalog).all().map { ($0.path, $0.contents) })
        #expect(try #require(files["teams/payments.md"]).contains("\nPart of: [Platform engineering](platform.md)\n"))
        #expect(try #require(files["teams/platform.md"]).contains("\nTeams within it: [Payments](payments.md)\n"))
        #expect(files["teams/platform.md"]?.contains("Part of:") == false)
    }

    @Test func aCycleIsReportedOnceAtItsSmallestTeam() {
        let cycle = """
            - id: c
              name: C
              parent: a
            - id: a
              name: A
              parent: b
            - id: b
              name: B
              parent: c
            - id: d
              name: D
              parent: a
            - id: self
              name: Itself
              parent: self

            """
        #expect(
            Fixture.valid.with("teams.yaml", cycle).report() == [
                "catalog/teams.yaml:6:11: error: team parents form a cycle: a → b → c → a\n  note: teams form a tree: remove one of these 'parent' links",
                "catalog/teams.yaml:15:11: error: team parents form a cycle: self → self\n  note: teams form a tree: remove one of these 'parent' links"
            ])
    }

    @Test func aDeepChainIsWalkedOnce() {
        // 20,000 teams, each the parent of the next: no cycle, and each link followed once.
        var text = ""
        for index in 0..<20_000 {
            text += "- id: t\(index)\n  name: T\(index)\n" + (index > 0 ? "  parent: t\(index - 1)\n" : "")
        }
        #expect(Fixture.valid.with("teams.yaml", text).report() == [])
    }

    @Test func newTeamAppendsToTheBytesItWasGiven() throws {
        var draft = TeamDraft(id: "data", name: "Data: the warehouse")
        draft.parent = "platform"
        let existing = Array("# Ours.\r\n- id: platform\r\n  name: Platform\r\n# end".utf8)
        let bytes = try NewEntry.teamsFile(adding: draft, to: existing, relativePath: "teams.yaml")
        #expect(Array(bytes.prefix(existing.count)) == existing)
        // A CR LF file gets its entry in CR LF, every line of it; an LF file in LF.
        let added = String(decoding: bytes.dropFirst(existing.count), as: UTF8.self)
        #expect(added.hasPrefix("\r\n- id: data\r\n  name: \"Data: the warehouse\"\r\n"))
        #expect(!added.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lf = Array("- id: platform\n  name: Platform\n".utf8)
        let addedToLF = String(decoding: try NewEntry.teamsFile(adding: draft, to: lf, relativePath: "teams.yaml").dropFirst(lf.count), as: UTF8.self)
        #expect(addedToLF.hasPrefix("- id: data\n  name: \"Data: the warehouse\"\n") && !addedToLF.contains("\r"))
        let fresh = try NewEntry.teamsFile(adding: draft, to: nil, relativePath: "teams.yml")
        #expect(String(decoding: fresh, as: UTF8.self).hasPrefix("# yaml-language-server: $schema=.schema/teams.schema.json\n"))
        #expect(throws: NewEntry.Refusal.self) {
            try NewEntry.teamsFile(adding: draft, to: Array("{platform: x}\n".utf8), relativePath: "teams.yaml")
        }
        #expect(throws: NewEntry.Refusal.self) {
            try NewEntry.teamsFile(adding: TeamDraft(id: "platform", name: "Again"), to: existing, relativePath: "teams.yaml")
        }
    }

    @Test func licencesAreWrittenInTheListsCase() {
        #expect(SPDXLicense.canonicalCase("apache-2.0") == "Apache-2.0")
        #expect(SPDXLicense.canonicalCase("mit or apache-2.0") == "MIT OR Apache-2.0")
        #expect(SPDXLicense.canonicalCase("proprietary") == "Proprietary")
        #expect(SPDXLicense.canonicalCase("(gpl-2.0-only with classpath-exception-2.0)") == "(GPL-2.0-only WITH Classpath-exception-2.0)")
        #expect(SPDXLicense.canonicalCase("LicenseRef-ours") == "LicenseRef-ours")
    }
}
