import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one tool or stack: facts, roles, relations both ways, stacks that use it, sources."
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: ArgumentHelp("A tool or stack id (a tool alias works too).", valueName: "id"))
        var id: String

        @Option(name: .long, help: "Output format.")
        var format: ShowFormat = .text

        func run() throws {
            let catalog = try catalogOptions.load()
            let renderer = ShowRenderer(catalog: catalog, options: format == .text ? Terminal.outputOptions : .plain)
            if let stack = catalog.stack(id) {
                switch format {
                case .text: Terminal.write(renderer.text(stack))
                case .markdown: Terminal.write(renderer.markdown(stack))
                case .json: Terminal.write(CatalogJSON.stack(stack).rendered())
                }
                return
            }
            let tool = catalog.tool(id) ?? catalog.tools.first { $0.aliases.contains { $0.value == id } }
            guard let tool else {
                throw fail(UnknownIDError(kind: "tool or stack", id: id,
                                          among: catalog.tools.map(\.id) + catalog.stacks.map(\.id)))
            }
            switch format {
            case .text: Terminal.write(renderer.text(tool))
            case .markdown: Terminal.write(renderer.markdown(tool))
            case .json: Terminal.write(CatalogJSON.toolDetail(tool, in: catalog).rendered())
            }
        }
    }
}
