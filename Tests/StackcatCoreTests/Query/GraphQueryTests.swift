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

@Suite("graph queries")
struct GraphQueryTests {
    let catalog = QueryFixture.catalog()

    func nodes(_ configure: (inout GraphQuery) -> Void) throws -> [String] {
        var query = GraphQuery()
        configure(&query)
        return try query.build(from: catalog).nodes.map(\.id).sorted()
    }

    @Test func aRootTakesItsNeighbourhoodToADepth() throws {
        #expect(
            try nodes {
                $0.root = "spinnaker"
                $0.depth = 1
            } == ["kayenta", "kubernetes", "old-cd", "spinnaker"])
        #expect(
            try nodes {
                $0.root = "spinnaker"
                $0.depth = 0
            } == ["spinnaker"])
        #expect(
            try nodes {
                $0.root = "kubernetes"
                $0.depth = 1
            } == ["kubernetes", "spinnaker"])
        #expect(
            try nodes {
                $0.root = "kubernetes"
                $0.depth = 2
            } == ["kayenta", "kubernetes", "old-cd", "spinnaker"])
    }

    @Test func relationTypesAndCategoriesFilter() throws {
        var query = GraphQuery()
        query.relationTypes = ["superseded-by"]
        let successors = try query.build(from: catalog)
        #expect(Set(successors.nodes.map(\.id)) == ["old-cd", "spinnaker"])
        #expect(successors.legend.map(\.type) == ["superseded-by"])
        #expect(try nodes { $0.categories = ["delivery"] } == ["circleci", "kayenta", "old-cd", "spinnaker"])
    }

    @Test func aStackGraphHasItsInHousePartsRingsAndFlows() throws {
        var query = GraphQuery()
        query.stack = "demo"
        let demo = try query.build(from: catalog)
        #expect(demo.nodes.contains { $0.id == "gateway" && $0.isInHouse })
        #expect(demo.nodes.first { $0.id == "spinnaker" }?.ring == .adopt)
        #expect(demo.edges.contains { $0.type == "flow" && $0.from == "gateway" && $0.to == "spinnaker" })
    }

    @Test func unknownIDsAreErrors() {
        #expect(throws: UnknownIDError.self) { try nodes { $0.root = "spinaker" } }
        #expect(throws: UnknownIDError.self) { try nodes { $0.stack = "dem" } }
        #expect(throws: UnknownIDError.self) { try nodes { $0.relationTypes = ["deploys"] } }
    }
}
