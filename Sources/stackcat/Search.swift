import ArgumentParser
import StackcatCore

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

        var formatName: String { format.rawValue }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let hits = StackcatCore.Search.run(text.joined(separator: " "), in: catalog)
            return renderListing(format, table: Listings.search(hits), json: Listings.searchJSON(hits), ids: hits.map(\.id),
                                 options: options)
        }
    }
}
