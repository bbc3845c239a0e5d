import ArgumentParser
import StackcatCore
import StackcatIO

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
                \(StackcatCore.Graph.readableNodeLimit) tools without a filter, graph draws that overview unless --full \
                is given. Edges between the same two nodes are drawn as one, with their labels stacked. --out FILE \
                writes a file (atomically; the format follows its extension: .dot .gv .mmd .json .svg .png, unless \
                --format says otherwise); png is binary and is never written to a terminal. \
                Example: stackcat graph | dot -Tsvg > catalog.svg, or stackcat graph --out catalog.svg
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

        @Option(name: .customLong("format"), help: "Output format; svg and png run Graphviz's dot (default: from --out's extension, else dot).")
        var formatOption: GraphFormat?

        @Option(name: .long, help: ArgumentHelp("Write this file instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Flag(name: .long, help: "Draw every tool even when there are too many to read (default: the overview by category).")
        var full = false

        /// The format: --format, else the one --out's extension names, else DOT.
        var format: GraphFormat { formatOption ?? out.flatMap(Self.format(forPath:)) ?? .dot }

        static func format(forPath path: String) -> GraphFormat? {
            let name = OutputTarget.lastComponent(path).lowercased()
            guard let dot = name.lastIndex(of: ".") else { return nil }
            switch name[name.index(after: dot)...] {
            case "dot", "gv": return .dot
            case "mmd", "mermaid": return .mermaid
            case "json": return .json
            case "svg": return .svg
            case "png": return .png
            default: return nil
            }
        }

        @Option(name: .long, help: "Layout direction.")
        var direction: DOTFormat.Direction = .LR

        var embedding: MarkdownEmbedding { format.embedding }

        func validate() throws {
            if let out, formatOption == nil, Self.format(forPath: out) == nil {
                throw ValidationError("cannot tell the format from --out \(out)'s extension; name it .dot, .gv, .mmd, .json, .svg or .png, or give --format")
            }
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
            let limit = StackcatCore.Graph.readableNodeLimit
            if query.isUnfiltered, collapse == nil, !full, catalog.tools.count > limit {
                query.collapse = .category
                Terminal.writeError(
                    "stackcat: note: \(catalog.tools.count) tools are more than a readable graph holds (\(limit)); "
                        + "drawing the overview by category. --full draws every tool; --category, --stack, --root "
                        + "or --relation narrow it\n")
            }
            return try query.build(from: catalog)
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let graph = try graph(of: catalog)
            FastExit.keep(graph)
            return format.render(graph, direction: direction)
        }

        func run() throws {
            if format == .png, out == nil, Terminal.isTerminal(Console.output) {
                Terminal.writeError("stackcat: error: --format png is binary and standard output is a terminal\n")
                Terminal.writeError("stackcat: note: write it to a file with --out FILE.png, or redirect: stackcat graph --format png > graph.png\n")
                throw ExitCode(1)
            }
            if let out { try OutputTarget.refuseDangerous(out, writing: "the graph") }
            let catalog = try catalogOptions.load()
            if format == .dot, out == nil {
                // Straight to standard output in pieces: a graph of 100,000 tools is 65 MB of DOT.
                let drawn: StackcatCore.Graph
                do { drawn = try graph(of: catalog) } catch { throw fail(error) }
                FastExit.keep(drawn)
                DOTFormat.drawing(drawn, direction: direction).write(drawn) { Terminal.write($0) }
                FastExit.now()
            }
            let text: String
            do { text = try output(for: catalog, options: out == nil ? Terminal.outputOptions : .plain) } catch { throw fail(error) }
            guard format.isDrawnByGraphviz else {
                if let out {
                    try AtomicFile.write(text, to: out, within: OutputTarget.parent(of: out), lockingAs: "graph")
                } else {
                    Terminal.write(text)
                }
                return
            }
            guard let dot = Executables.find("dot") else {
                Terminal.writeError("stackcat: error: --format \(format.rawValue) needs Graphviz's 'dot', which is not installed\n")
                Terminal.writeError("stackcat: note: install the graphviz package (apt-get install graphviz, brew install graphviz), or use --format dot\n")
                throw ExitCode(1)
            }
            let budget = try GraphvizBudget.fromEnvironment()
            func timedOut() -> ExitCode {
                Terminal.writeError("stackcat: error: Graphviz took longer than \(GraphvizBudget.describe(budget)) to lay out the graph and was stopped\n")
                Terminal.writeError(
                    "stackcat: note: narrow the graph (--category, --stack, --root with --depth, --collapse category), "
                        + "write --format dot and run dot yourself, or raise \(GraphvizBudget.variable) (seconds, 0 for no limit)\n")
                return ExitCode(1)
            }
            if let out {
                // Drawn into memory, then written in one piece: a failed or stopped dot leaves no file.
                switch Executables.runCapturing(dot, arguments: ["-T\(format.rawValue)"], input: text, within: budget) {
                case nil:
                    throw IOFailure("cannot run \(dot)")
                case .timedOut?:
                    throw timedOut()
                case .exited(let status, let drawing)?:
                    guard status == 0 else {
                        Terminal.writeError("stackcat: error: dot exited with status \(status); \(out) was not written\n")
                        throw ExitCode(1)
                    }
                    try AtomicFile.write(drawing, to: out, within: OutputTarget.parent(of: out), lockingAs: "graph")
                }
                return
            }
            guard let status = Executables.run(dot, arguments: ["-T\(format.rawValue)"], input: text, within: budget) else {
                throw timedOut()
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
