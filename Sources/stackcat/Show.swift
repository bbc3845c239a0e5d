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
        var id: String?

        @Option(name: .long, help: "Output format.")
        var format: ShowFormat = .text

        var embedding: MarkdownEmbedding { format.embedding }

        func run() throws {
            guard id == nil else { return try printOutput() }
            // Without an id: which there are, as for an unknown one.
            let catalog = try catalogOptions.load()
            let listing = UnknownIDError.listing(of: "tool", known: []) + "; " + UnknownIDError.listing(of: "stack", known: catalog.stacks.map(\.id))
            Terminal.writeError("stackcat: error: show needs the id of a tool or stack: stackcat show ID\n")
            Terminal.writeError("stackcat: note: \(TerminalText.sanitize(listing))\n")
            throw ExitCode(64)
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            format.render(try catalog.resolveEntry(id ?? ""), in: catalog, options: options)
        }
    }
}
