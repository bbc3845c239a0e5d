import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Search: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search tools, stacks, teams and categories by id, alias, name, tag, summary and description.",
            discussion: """
                Every word must match. Ranked: the whole query as an id, alias or name (exact), then as the start \
                of one (prefix), then every word in an id, alias, name or tag (words), then anywhere, summaries and \
                descriptions included (text); ties by id. Case and accents are ignored. The site's search ranks the \
                same way. Categories with no tool are left out unless --show-empty is given. --format ids prints \
                tool and stack ids as they are, teams and categories as team:ID and category:ID.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("Words to look for; every word must match.", valueName: "text"))
        var text: [String]

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        @Flag(name: .long, help: "Search categories with no tool in them or below them too.")
        var showEmpty = false

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            render(hits(in: catalog), options: options)
        }

        var query: String { text.joined(separator: " ") }

        func hits(in catalog: Catalog) -> [StackcatCore.Search.Hit] {
            StackcatCore.Search.run(query, in: catalog, showsEmptyCategories: showEmpty)
        }

        func render(_ hits: [StackcatCore.Search.Hit], options: RenderOptions) -> String {
            format.render(
                table: Listings.search(hits), json: Listings.searchJSON(hits), ids: hits.map(Listings.searchID),
                options: options)
        }

        /// As `CatalogOutput.run`, but no match is said on standard error (a terminal table would
        /// otherwise show a bare header); standard output stays what the format gives for no rows.
        func run() throws {
            let catalog = try catalogOptions.load()
            let found = hits(in: catalog)
            if found.isEmpty {
                Terminal.writeError("search: nothing matches \"\(TerminalText.sanitize(query))\"; stackcat list shows every tool\n")
                if format == .table { FastExit.now() }
            }
            Terminal.write(render(found, options: Terminal.outputOptions), format: format)
            FastExit.now()
        }
    }
}
