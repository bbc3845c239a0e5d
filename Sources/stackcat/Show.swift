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
            format.render(try catalog.resolveEntry(id), in: catalog, options: options)
        }
    }
}
