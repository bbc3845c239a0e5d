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

/// Every command that takes a tool id resolves it through `Catalog.resolveTool`: ids and aliases
/// alike, with one "did you mean" among both.
@Suite("Tool id resolution")
struct ToolResolutionTests {
    @Test func idsAndAliasesResolveToTheSameTool() throws {
        let catalog = try FixtureCatalog.load()
        #expect(try catalog.resolveTool("kubernetes").id == "kubernetes")
        #expect(try catalog.resolveTool("k8s").id == "kubernetes")
        #expect(try catalog.resolveTool("spin").id == "spinnaker")
        #expect(catalog.toolID(forAlias: "k8s") == "kubernetes")
        #expect(catalog.toolID(forAlias: "kubernetes") == nil)
    }

    @Test func unknownIDsSuggestAnIDOrTheOwnerOfANearAlias() throws {
        let catalog = try FixtureCatalog.load()
        #expect(throws: UnknownIDError(kind: "tool", id: "kubernets", among: ["kubernetes"])) { try catalog.resolveTool("kubernets") }
        do {
            _ = try catalog.resolveTool("k9s")
            Issue.record("k9s resolved")
        } catch {
            #expect(error.message == "unknown tool 'k9s'")
            #expect(error.note == "did you mean 'kubernetes'?")
        }
    }

    @Test func everyQueryThatTakesAToolAcceptsAnAlias() throws {
        let catalog = try FixtureCatalog.load()
        var byAlias = ToolFilter()
        byAlias.relatedTo = "k8s"
        var byID = ToolFilter()
        byID.relatedTo = "kubernetes"
        #expect(try byAlias.apply(to: catalog).map(\.id) == byID.apply(to: catalog).map(\.id))
        #expect(try !byID.apply(to: catalog).isEmpty)

        var graphByAlias = GraphQuery()
        graphByAlias.root = "k8s"
        var graphByID = GraphQuery()
        graphByID.root = "kubernetes"
        #expect(try graphByAlias.build(from: catalog).nodes.map(\.id) == graphByID.build(from: catalog).nodes.map(\.id))

        guard case .tool(let tool) = try catalog.resolveEntry("spin") else {
            Issue.record("spin is not a tool")
            return
        }
        #expect(tool.id == "spinnaker")
        #expect(throws: UnknownIDError.self) { try catalog.resolveEntry("nothing-like-it") }
    }

    /// An id that was not given at all (`radar` without `--stack` in a `docs --inject` block) is said
    /// to be missing, not unknown, and the note still lists the ids there are.
    @Test func anEmptyIDIsNotGiven() {
        let error = UnknownIDError(kind: "stack", id: "", among: ["gke-panel-2018", "mercari-2018"])
        #expect(error.message == "no stack given")
        #expect(error.note == "the stacks are: gke-panel-2018, mercari-2018")
        #expect(UnknownIDError(kind: "stack", id: "mercari", among: ["mercari-2018"]).message == "unknown stack 'mercari'")
    }
}
