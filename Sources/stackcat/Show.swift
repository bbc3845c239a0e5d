import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Show: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one tool or stack: facts, roles, relations both ways, stacks that use it, sources."
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("A tool or stack id (a tool alias works too).", valueName: "id"))
        var id: String

        @Option(name: .long, help: "Output format.")
        var format: ShowFormat = .text

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let renderer = ShowRenderer(catalog: catalog, options: format == .text ? options : .plain)
            let tool: Tool
            switch try catalog.resolveEntry(id) {
            case .stack(let stack):
                switch format {
                case .text: return renderer.text(stack)
                case .markdown: return renderer.markdown(stack)
                case .json: return CatalogJSON.stack(stack).rendered()
                }
            case .tool(let found):
                tool = found
            }
            switch format {
            case .text: return renderer.text(tool)
            case .markdown: return renderer.markdown(tool)
            case .json: return CatalogJSON.toolDetail(tool, in: catalog).rendered()
            }
        }
    }
}
