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

@Suite("The rule table")
struct RuleTests {
    @Test func idsAreUniqueKebabCaseAndDescribed() {
        let ids = Rule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in Rule.all {
            #expect(Identifier.isValid(rule.id), "\(rule.id)")
            #expect(rule.summary.hasSuffix("."), "\(rule.id)")
            #expect(Rule.named(rule.id) == rule)
        }
    }

    @Test func everyDiagnosticTheFixturesProduceHasItsRulesSeverity() {
        // A catalog with a problem of many kinds: each diagnostic's severity is its rule's.
        let broken = Fixture.valid.with("tools/spinnaker.yaml", """
            name: Spinnaker
            category: cdd
            summary: Continuous delivery.
            homepage: not-a-url
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            colour: blue
            roles: [continuous-delivery, continuous-delivery]

            """)
        let diagnostics = broken.check().diagnostics
        #expect(diagnostics.count >= 3)
        for diagnostic in diagnostics {
            #expect(Rule.all.contains(diagnostic.rule), "\(diagnostic.code)")
            #expect(diagnostic.severity == diagnostic.rule.severity)
        }
    }

    @Test func sarifListsEveryRuleWithItsLevel() throws {
        let sarif = SARIFFormat.render([], toolVersion: "0")
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let runs = object?["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["id"] as? String } == Rule.all.map(\.id))
        let levels = rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }
        #expect(levels == Rule.all.map(\.severity.rawValue))
    }

    @Test func listingsCarryEveryRule() {
        let table = Listings.rules()
        #expect(table.rows.map { $0[0] } == Rule.all.map(\.id))
        #expect(table.rows.first { $0[0] == "missing-sources" }?[1] == "warning")
        #expect(table.rows.first { $0[0] == "successor-lifecycle" }?[1] == "warning")
        #expect(table.rows.first { $0[0] == "missing-successor" }?[1] == "error")
    }
}
