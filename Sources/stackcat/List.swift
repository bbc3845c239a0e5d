import ArgumentParser
import StackcatCore

extension Stackcat {
    struct List: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List tools, filtered.",
            discussion: """
                Filters of different kinds combine with AND; a flag repeated combines its values with OR. \
                A category includes its sub-categories.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("Only tools in this category or below it (repeatable).", valueName: "id"))
        var category: [String] = []

        @Option(name: .long, help: ArgumentHelp("Only tools with this role (repeatable).", valueName: "id"))
        var role: [String] = []

        @Option(name: .long, help: ArgumentHelp("Only tools with this tag (repeatable).", valueName: "tag"))
        var tag: [String] = []

        @Option(name: .long, help: ArgumentHelp("Only tools this team owns (repeatable).", valueName: "team"))
        var owner: [String] = []

        @Option(name: .long, help: ArgumentHelp("Only tools that this stack uses.", valueName: "id"))
        var stack: String?

        @Option(name: .long, help: "Only tools in this lifecycle state.")
        var lifecycle: Lifecycle?

        @Option(name: .customLong("related-to"), help: ArgumentHelp("Only tools related to this tool, either way.", valueName: "id"))
        var relatedTo: String?

        @Option(name: .long, help: ArgumentHelp("With --related-to: only these relation types (repeatable).", valueName: "type"))
        var relation: [String] = []

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        func validate() throws {
            if !relation.isEmpty && relatedTo == nil {
                throw ValidationError("--relation filters the relations of --related-to; give --related-to ID as well")
            }
        }

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            var filter = ToolFilter()
            filter.categories = category
            filter.roles = role
            filter.tags = tag
            filter.owners = owner
            filter.stack = stack
            filter.lifecycle = lifecycle
            filter.relatedTo = relatedTo
            filter.relationTypes = relation
            let tools = try filter.apply(to: catalog)
            return format.render(
                table: Listings.tools(tools, in: catalog), json: Listings.toolsJSON(tools),
                ids: tools.map(\.id), options: options)
        }
    }
}
