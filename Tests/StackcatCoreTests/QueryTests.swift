import Testing
@testable import StackcatCore

@Suite("Queries and table layout")
struct QueryTests {
    func ids(_ configure: (inout ToolFilter) -> Void) throws -> [String] {
        let catalog = try Repository.check().catalog
        var filter = ToolFilter()
        configure(&filter)
        return try filter.apply(to: catalog).map(\.id)
    }

    @Test func filtersCombineWithANDAndRepeatsWithOR() throws {
        // A category includes its descendants: delivery holds ci, cd and container-build.
        let delivery = try ids { $0.categories = ["delivery"] }
        #expect(delivery.contains("spinnaker") && delivery.contains("circleci") && delivery.contains("docker"))
        // Repeated values of one kind: OR.
        let either = try ids { $0.categories = ["cd", "ci"] }
        #expect(Set(either) == Set(try ids { $0.categories = ["cd"] } + ids { $0.categories = ["ci"] }))
        // Different kinds: AND.
        let both = try ids { $0.categories = ["delivery"]; $0.roles = ["canary-release"] }
        #expect(both == ["kayenta", "spinnaker"])
        #expect(try ids { $0.lifecycle = .superseded } == ["container-builder", "docker-enterprise", "heptio-ark", "logmatic", "stackdriver"])
        #expect(try ids { $0.tags = ["netflix"]; $0.stack = "mercari-2018" } == ["kayenta", "spinnaker"])
        // Related to a tool, either direction, optionally by relation type.
        let related = try ids { $0.relatedTo = "velero" }
        #expect(related == ["cloud-storage", "heptio-ark", "kubernetes"])
        #expect(try ids { $0.relatedTo = "velero"; $0.relationTypes = ["superseded-by"] } == ["heptio-ark"])
        #expect(throws: UnknownIDError.self) { _ = try ids { $0.categories = ["cdd"] } }
        #expect(throws: UnknownIDError.self) { _ = try ids { $0.relatedTo = "velro" } }
    }

    @Test func tableFitsTheTerminalByCuttingTheSummary() throws {
        let catalog = try Repository.check().catalog
        let table = Listings.tools(catalog.tools, in: catalog)
        let narrow = TextTableFormat().render(table, options: RenderOptions(terminalWidth: 100))
        for line in narrow.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= 100, "\(line)")
        }
        #expect(narrow.contains("…"))
        // Not on a terminal, nothing is cut.
        let plain = TextTableFormat().render(table, options: .plain)
        #expect(!plain.contains("…") || catalog.tools.contains { $0.summary.contains("…") })
        #expect(plain.contains(catalog.tool("spinnaker")!.summary))
        // Wide characters count as two columns.
        #expect(TerminalText.width("日本語") == 6)
        #expect(TerminalText.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(TerminalText.sanitize("a\u{1B}[31mb\nc") == "a\u{FFFD}[31mb c")
    }
}
