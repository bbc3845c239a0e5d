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

@Suite("list filters")
struct ToolFilterTests {
    let catalog = QueryFixture.catalog()

    func ids(_ configure: (inout ToolFilter) -> Void) throws -> [String] {
        var filter = ToolFilter()
        configure(&filter)
        return try filter.apply(to: catalog).map(\.id)
    }

    @Test func aCategoryIncludesItsDescendants() throws {
        #expect(try ids { $0.categories = ["delivery"] } == ["circleci", "kayenta", "old-cd", "spinnaker"])
        #expect(try ids { $0.categories = ["cd"] } == ["kayenta", "old-cd", "spinnaker"])
        #expect(try ids { $0.categories = ["runtime"] } == ["kubernetes"])
    }

    @Test func repeatsCombineWithORAndKindsWithAND() throws {
        #expect(try ids { $0.categories = ["ci", "orchestration"] } == ["circleci", "kubernetes"])
        #expect(try ids { $0.roles = ["canary-release", "container-orchestration"] } == ["kayenta", "kubernetes", "spinnaker"])
        #expect(
            try ids {
                $0.categories = ["delivery"]
                $0.roles = ["canary-release"]
            } == ["kayenta", "spinnaker"])
        #expect(
            try ids {
                $0.tags = ["netflix"]
                $0.stack = "demo"
            } == ["spinnaker"])
        #expect(try ids { $0.lifecycle = .superseded } == ["old-cd"])
    }

    @Test func relatedToFollowsEdgesBothWaysAndByType() throws {
        #expect(try ids { $0.relatedTo = "spinnaker" } == ["kayenta", "kubernetes", "old-cd"])
        #expect(
            try ids {
                $0.relatedTo = "spin"
                $0.relationTypes = ["superseded-by"]
            } == ["old-cd"])
        #expect(try ids { $0.relatedTo = "kubernetes" } == ["spinnaker"])
    }

    @Test func unknownIDsAreErrorsWithASuggestion() {
        #expect(throws: UnknownIDError(kind: "category", id: "cdd", among: ["cd"])) { _ = try ids { $0.categories = ["cdd"] } }
        #expect(throws: UnknownIDError(kind: "role", id: "canary", among: ["canary-release"])) { _ = try ids { $0.roles = ["canary"] } }
        #expect(throws: UnknownIDError.self) { _ = try ids { $0.stack = "dmeo" } }
        #expect(throws: UnknownIDError.self) { _ = try ids { $0.relatedTo = "spinaker" } }
    }
}
