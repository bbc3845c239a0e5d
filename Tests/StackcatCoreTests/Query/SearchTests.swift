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

    func hits(_ query: String, in catalog: Catalog? = nil, showsEmpty: Bool = false) -> [String] {
        Search.run(query, in: catalog ?? self.catalog, showsEmptyCategories: showsEmpty).map { hit in
            (hit.kind == .tool ? "" : hit.kind.rawValue + " ") + "\(hit.id):\(hit.tier.description)"
        }
    }

    @Test func exactThenPrefixThenWordsInNamesAndTagsThenText() {
        // The id, then a summary that names it.
        #expect(hits("spinnaker") == ["spinnaker:exact", "old-cd:text"])
        // An alias is exact; the same letters start "spinnaker" in old-cd's summary only as text.
        #expect(hits("spin") == ["spinnaker:exact", "old-cd:text"])
        #expect(hits("spinn") == ["spinnaker:prefix", "old-cd:text"])
        #expect(hits("kay") == ["kayenta:prefix"])
        // A tag of two tools, in id order; a word inside a name that does not start it.
        #expect(hits("netflix") == ["kayenta:words", "spinnaker:words"])
        #expect(hits("enta") == ["kayenta:words"])
        // Only in a summary.
        #expect(hits("replaced") == ["old-cd:text"])
        // A name exactly (a category's), before a tool whose summary says it.
        #expect(hits("continuous delivery") == ["category cd:exact", "spinnaker:text"])
    }

    @Test func caseAccentsAndFullWidthFormsAreFolded() {
        #expect(hits("CAFE") == ["circleci:text"])
        #expect(hits("café") == ["circleci:text"])
        #expect(hits("ＣＩＲＣＬＥ") == ["circleci:prefix"])
        #expect(hits("  CircleCI  ") == ["circleci:exact"])
        #expect(Search.fold("Vélero") == Search.fold("VELERO"))
    }

    @Test func everyWordMustMatchAndTheTierIsTheFirstRuleMet() {
        #expect(hits("canary analysis") == ["kayenta:text"])
        #expect(hits("canary nothing") == [])
        #expect(hits("kayenta netflix") == ["kayenta:words"])
        // The whole query is compared with single spaces between its words.
        #expect(hits("continuous   DELIVERY") == hits("continuous delivery"))
        #expect(hits("") == [] && hits("   ") == [])
    }

    @Test func stacksTeamsAndCategoriesAreFoundToo() {
        let found = Search.run("demo", in: catalog)
        #expect(found.map(\.id) == ["demo"])
        #expect(found.first?.kind == .stack)
        let teams = QueryFixture.files.with(
            "teams.yaml",
            """
            - id: platform
              name: Platform team
              description: Runs the clusters.
            - id: delivery-crew
              name: Delivery crew
            """
        ).check().catalog
        #expect(hits("platform team", in: teams) == ["team platform:exact"])
        #expect(hits("clusters", in: teams) == ["team platform:text"])
        // Ties go by id, then by kind: the category delivery and the team delivery-crew.
        #expect(hits("delivery", in: teams) == ["category delivery:exact", "team delivery-crew:prefix", "category cd:words", "spinnaker:text"])
    }

    @Test func emptyCategoriesAreSearchedOnlyWhenAsked() {
        let catalog = QueryFixture.files.with(
            "categories.yaml",
            Fixture.categories + """
                - id: ci
                  name: Continuous integration
                  parent: delivery
                - id: quiet
                  name: Quiet corner

                """
        ).check().catalog
        #expect(hits("quiet", in: catalog) == [])
        #expect(hits("quiet", in: catalog, showsEmpty: true) == ["category quiet:exact"])
        // A category whose tools are all below it is not empty.
        #expect(hits("runtime", in: catalog) == ["category runtime:exact"])
    }

    @Test func idsFormatNamesTheKindOfTeamsAndCategories() {
        let found = Search.run("continuous delivery", in: catalog)
        #expect(found.map(Listings.searchID) == ["category:cd", "spinnaker"])
        let json = Listings.searchJSON(found).rendered()
        #expect(json.contains("\"kind\": \"category\"") && json.contains("\"match\": \"exact\""))
    }

    /// The site's script ranks by the rules written into search.js: every tier, its test and its
    /// fields, in order, and the kinds' order for ties.
    @Test func theSiteGetsTheRankingAsData() {
        let ranking = SiteGenerator.searchRanking()
        for tier in Search.Tier.allCases {
            let fields = tier.rule.fields.map { "\"\($0.rawValue)\"" }.joined(separator: ",\n        ")
            #expect(
                ranking.contains(
                    "\"tier\": \"\(tier.description)\",\n      \"test\": \"\(tier.rule.test.rawValue)\",\n      \"fields\": [\n        \(fields)\n"),
                "\(tier)")
        }
        #expect(ranking.contains("\"kinds\": [\n    \"tool\",\n    \"stack\",\n    \"team\",\n    \"category\"\n  ]"))
    }
}
