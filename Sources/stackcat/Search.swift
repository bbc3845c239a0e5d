import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Search: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search tools and stacks by id, alias, name, tag and summary.",
            discussion: "Exact ids and aliases rank first, then names, then tags, then summaries. Case and accents are ignored."
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("Words to look for; every word must match.", valueName: "text"))
        var text: [String]

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            render(StackcatCore.Search.run(query, in: catalog), options: options)
        }

        var query: String { text.joined(separator: " ") }

        func render(_ hits: [StackcatCore.Search.Hit], options: RenderOptions) -> String {
            format.render(
                table: Listings.search(hits), json: Listings.searchJSON(hits), ids: hits.map(\.id),
                options: options)
        }

        /// As `CatalogOutput.run`, but no match is said on standard error (a terminal table would
        /// otherwise show a bare header); standard output stays what the format gives for no rows.
        func run() throws {
            let catalog = try catalogOptions.load()
            let hits = StackcatCore.Search.run(query, in: catalog)
            if hits.isEmpty {
                Terminal.writeError("search: nothing matches \"\(TerminalText.sanitize(query))\"; stackcat list shows every tool\n")
                if format == .table { FastExit.now() }
            }
            Terminal.write(render(hits, options: Terminal.outputOptions), format: format)
            FastExit.now()
        }
    }
}
