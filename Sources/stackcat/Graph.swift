import StackcatIO
import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Graph: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Draw the relation graph as Graphviz DOT, Mermaid, JSON, or SVG/PNG through Graphviz.",
            discussion: """
            Filters combine: --category (repeatable, with sub-categories), --relation (repeatable; tools \
            that no chosen relation touches are left out), --root ID --depth N (the neighbourhood within N \
            hops, both ways), --stack S (its components, in-house ones included, with its flows; the ring \
            sets the node style). --collapse category draws one node per top-level category (--collapse \
            stack: per stack) with edges counted, an overview of a catalog of any size; above \
            \(StackcatCore.Graph.readableNodeLimit) tools without a filter, graph suggests it. Edges between the \
            same two nodes are drawn as one, with their labels stacked. Example: stackcat graph | dot -Tsvg > catalog.svg
            """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("Only tools in this category or below it (repeatable).", valueName: "id"))
        var category: [String] = []

        @Option(name: .long, help: ArgumentHelp("Only this stack's components and flows.", valueName: "id"))
        var stack: String?

        @Option(name: .long, help: ArgumentHelp("Only the neighbourhood of this tool.", valueName: "id"))
        var root: String?

        @Option(name: .long, help: ArgumentHelp("With --root: how many hops (default 1).", valueName: "n"))
        var depth: Int?

        @Option(name: .long, help: ArgumentHelp("Only these relation types (repeatable).", valueName: "type"))
        var relation: [String] = []

        @Option(name: .long, help: "One node per top-level category or per stack, with edges counted.")
        var collapse: GraphCollapse?

        @Option(name: .long, help: ArgumentHelp("The title drawn above the graph; default: the catalog or the stack and its date.", valueName: "text"))
        var title: String?

        @Option(name: .long, help: "Output format; svg and png run Graphviz's dot.")
        var format: GraphFormat = .dot

        @Option(name: .long, help: "Layout direction.")
        var direction: DOTFormat.Direction = .LR

        var embedding: MarkdownEmbedding { format.embedding }

        func validate() throws {
            if depth != nil && root == nil { throw ValidationError("--depth sets how far from --root to go; give --root ID as well") }
            if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        }

        func graph(of catalog: Catalog) throws(UnknownIDError) -> StackcatCore.Graph {
            var query = GraphQuery()
            query.categories = category
            query.stack = stack
            query.relationTypes = relation
            query.root = root
            query.depth = depth ?? 1
            query.collapse = collapse
            query.title = title
            query.catalogName = CatalogOptions.name(of: catalogOptions.origin())
            let graph = try query.build(from: catalog)
            if query.isUnfiltered, collapse == nil, graph.nodes.count > StackcatCore.Graph.readableNodeLimit {
                Terminal.writeError("stackcat: warning: \(graph.nodes.count) nodes are more than a readable graph holds; "
                                    + "try --collapse category for an overview, or narrow it with --category, --stack, --root or --relation\n")
            }
            return graph
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let graph = try graph(of: catalog)
            FastExit.keep(graph)
            return format.render(graph, direction: direction)
        }

        func run() throws {
            let catalog = try catalogOptions.load()
            if format == .dot {
                // Straight to standard output in pieces: a graph of 100,000 tools is 65 MB of DOT.
                let drawn: StackcatCore.Graph
                do { drawn = try graph(of: catalog) } catch { throw fail(error) }
                FastExit.keep(drawn)
                DOTFormat(direction: direction).write(drawn) { Terminal.write($0) }
                FastExit.now()
            }
            let text: String
            do { text = try output(for: catalog, options: Terminal.outputOptions) } catch { throw fail(error) }
            guard format.isDrawnByGraphviz else {
                Terminal.write(text)
                return
            }
            guard let dot = Executables.find("dot") else {
                Terminal.writeError("stackcat: error: --format \(format.rawValue) needs Graphviz's 'dot', which is not installed\n")
                Terminal.writeError("stackcat: note: install the graphviz package (apt-get install graphviz, brew install graphviz), or use --format dot\n")
                throw ExitCode(1)
            }
            let budget = try GraphvizBudget.fromEnvironment()
            guard let status = Executables.run(dot, arguments: ["-T\(format.rawValue)"], input: text, within: budget) else {
                Terminal.writeError("stackcat: error: Graphviz took longer than \(GraphvizBudget.describe(budget)) to lay out the graph and was stopped\n")
                Terminal.writeError("stackcat: note: narrow the graph (--category, --stack, --root with --depth, --collapse category), "
                                    + "write --format dot and run dot yourself, or raise \(GraphvizBudget.variable) (seconds, 0 for no limit)\n")
                throw ExitCode(1)
            }
            // dot wrote to our standard output and found it closed: not an error, as for any command.
            if Executables.diedOfBrokenPipe(status) { FastExit.brokenPipe() }
            if status != 0 {
                Terminal.writeError("stackcat: error: dot exited with status \(status)\n")
                throw ExitCode(1)
            }
            FastExit.now()
        }
    }
}
