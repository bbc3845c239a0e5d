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

/// `docs --inject` runs a parsed command through `CatalogCommand.embedded(in:command:)`.
@Suite("Running a command for a document")
struct CatalogCommandTests {
    /// A `show`-like command over the core's renderers, as the executable's commands are.
    struct ShowTool: CatalogCommand {
        var id: String
        var format: ShowFormat

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let tool = try catalog.resolveTool(id)
            switch format {
            case .text: return ShowRenderer(catalog: catalog, options: options).text(tool)
            case .markdown: return ShowRenderer(catalog: catalog).markdown(tool)
            case .json: return CatalogJSON.tool(tool).rendered()
            }
        }
    }

    struct Graph: CatalogCommand {
        var format: GraphFormat
        var embedding: MarkdownEmbedding { format.embedding }
        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String { "digraph {}\n" }
    }

    let catalog = QueryFixture.catalog()

    @Test func markdownGoesInAsItIsAndOtherFormatsAreFenced() throws {
        let markdown = try ShowTool(id: "spin", format: .markdown).embedded(in: catalog, command: "show spin --format markdown")
        #expect(markdown == ShowRenderer(catalog: catalog).markdown(catalog.tool("spinnaker")!))
        let json = try ShowTool(id: "spinnaker", format: .json).embedded(in: catalog, command: "show spinnaker --format json")
        #expect(json.hasPrefix("```json\n{") && json.hasSuffix("}\n```\n"))
        let text = try ShowTool(id: "spinnaker", format: .text).embedded(in: catalog, command: "show spinnaker")
        #expect(text.hasPrefix("```text\nSpinnaker  (spinnaker)\n"))
        #expect(!text.contains("\u{1B}"), "plain output: no colour in a document")
        #expect(try Graph(format: .dot).embedded(in: catalog, command: "graph") == "```dot\ndigraph {}\n```\n")
    }

    @Test func whatCannotGoIntoMarkdownAndUnknownIDsAreInjectionErrors() {
        do {
            _ = try Graph(format: .svg).embedded(in: catalog, command: "graph --format svg")
            Issue.record("an SVG went into Markdown")
        } catch {
            #expect(error.message == "'stackcat graph --format svg' prints what cannot go into Markdown")
            #expect(error.notes == ["use --format mermaid"])
        }
        do {
            _ = try ShowTool(id: "spinaker", format: .text).embedded(in: catalog, command: "show spinaker")
            Issue.record("an unknown id was shown")
        } catch {
            #expect(error.message == "unknown tool 'spinaker'")
            #expect(error.notes == ["did you mean 'spinnaker'?"])
        }
    }
}
