import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Compare: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Compare tools side by side, or two stacks.",
            discussion: """
                Give tool ids, --category C (its tools and its sub-categories' tools) or --stack S (the tools the \
                stack uses): one column per tool, rows for the facts, one row per role and one per relation type. \
                Give --stack twice to see two stacks side by side: components in both, in only one, and ring changes.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("Tools to compare (ids or aliases).", valueName: "id"))
        var ids: [String] = []

        @Option(name: .long, help: ArgumentHelp("Compare the tools in this category.", valueName: "id"))
        var category: String?

        @Option(name: .long, help: ArgumentHelp("Compare the tools of this stack; twice to compare two stacks.", valueName: "id"))
        var stack: [String] = []

        @Option(name: .long, help: "Output format.")
        var format: CompareFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func validate() throws {
            let modes = (ids.isEmpty ? 0 : 1) + (category == nil ? 0 : 1) + (stack.isEmpty ? 0 : 1)
            guard modes == 1 else {
                throw ValidationError(
                    "give tool ids, or --category C, or --stack S (twice for two stacks), and only one of these "
                        + "('stackcat list --format ids' lists the tools, 'stackcat categories' the categories, 'stackcat radar' the stacks)")
            }
            if stack.count > 2 { throw ValidationError("--stack compares at most two stacks") }
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            if stack.count == 2 {
                let comparison = StackComparison(try catalog.requireStack(stack[0]), try catalog.requireStack(stack[1]), in: catalog)
                return render(comparison.table, json: comparison.json, options: options, wrap: false)
            }
            var tools: [Tool] = []
            if let category {
                var filter = ToolFilter()
                filter.categories = [category]
                tools = try filter.apply(to: catalog)
            } else if let id = stack.first {
                let stack = try catalog.requireStack(id)
                tools = stack.components.compactMap { catalog.tool($0.id) }
            } else {
                for id in ids {
                    let tool = try catalog.resolveTool(id)
                    if !tools.contains(where: { $0.id == tool.id }) { tools.append(tool) }
                }
            }
            let comparison = Comparison(tools: tools, in: catalog)
            return render(comparison.table, json: comparison.json, options: options, wrap: true)
        }

        func render(_ table: Table, json: JSONValue, options: RenderOptions, wrap: Bool) -> String {
            format.render(table, json: json, options: options, wrap: wrap)
        }
    }
}
