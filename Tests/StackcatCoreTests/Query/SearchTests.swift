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

@Suite("search")
struct SearchTests {
    let catalog = QueryFixture.catalog()

    func hits(_ query: String) -> [String] {
        Search.run(query, in: catalog).map { "\($0.id):\($0.tier.description)" }
    }

    @Test func exactIDsAndAliasesRankFirstThenNameThenTagThenText() {
        #expect(hits("spinnaker").first == "spinnaker:id")
        #expect(hits("spin") == ["spinnaker:id", "old-cd:summary"])
        // "netflix" is a tag of two tools; "kay" is part of a name; "replaced" only in a summary.
        #expect(hits("netflix") == ["kayenta:tag", "spinnaker:tag"])
        #expect(hits("kay") == ["kayenta:name"])
        #expect(hits("replaced") == ["old-cd:summary"])
    }

    @Test func caseAccentsAndFullWidthFormsAreFolded() {
        #expect(hits("CAFE") == ["circleci:summary"])
        #expect(hits("café") == ["circleci:summary"])
        #expect(hits("ＣＩＲＣＬＥ") == ["circleci:name"])
        #expect(Search.fold("Vélero") == Search.fold("VELERO"))
    }

    @Test func everyWordMustMatchAndTheWorstWordSetsTheTier() {
        #expect(hits("canary analysis") == ["kayenta:summary"])
        #expect(hits("canary nothing") == [])
        #expect(hits("kayenta netflix") == ["kayenta:tag"])
    }

    @Test func stacksAreFoundToo() {
        let found = Search.run("demo", in: catalog)
        #expect(found.map(\.id) == ["demo"])
        #expect(found.first?.kind == .stack)
    }
}
