import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site",
            abstract: "Generate a static HTML site: search, filters, and a page per tool, category, stack, team and relation type.",
            discussion: """
                --out DIR writes index.html, site.css, site.js, search.js and tools/, categories/, stacks/, teams/ and \
                relations/<id>.html. The site needs no network and works from file:// as from any web server. The \
                index shows the overview graph (one node per top-level category), each stack page its tech radar and \
                its architecture. Graphs are SVG drawn by Graphviz's dot when it is installed, and lists of edges \
                otherwise; the radar is drawn by stackcat itself. As with 'docs --out', only files \
                whose bytes change are rewritten, generated files that no longer belong are removed, and files \
                without the generated marker are never touched. --since REV marks each stack radar's blips against \
                the stack at REV and adds changes.html, what changed since REV entry by entry, linked from the \
                navigation; --history N adds to it the last N revisions that touched the catalog (date, subject and \
                what each changed against its parent), read from git objects. With --check nothing is written: stale, missing or \
                extra files are listed with a diff, and the exit code is 1.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The directory to generate into.", valueName: "dir"), completion: .directory)
        var out: String

        @Flag(name: .long, help: "Write nothing; exit 1 when anything is out of date.")
        var check = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Mark each stack radar's blips new or moved since this git revision, and add a Changes page with what changed since.",
                valueName: "rev"))
        var since: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Add to the Changes page the last N revisions that touched the catalog, each with what it changed.",
                valueName: "n"))
        var history: Int?

        @Flag(name: .long, help: "List categories with no tool too (in the category tree, the filters and the sub-category lists).")
        var showEmpty = false

        func validate() throws {
            if let history, history < 1 { throw ValidationError("--history takes a number of revisions, at least 1") }
        }

        func run() throws {
            let origin = catalogOptions.origin()
            CatalogOptions.noteFallback(origin)
            let catalog = try catalogOptions.load(from: origin, keepingTexts: false, publishing: "site")
            let (radarHistory, changes) = CatalogHistory.siteHistory(since: since, history: history, options: catalogOptions, catalog: catalog)
            let budget = try GraphvizBudget.fromEnvironment()
            let graphviz = Executables.find("dot").map { Graphviz($0, budget: budget) }
            if graphviz == nil {
                Terminal.writeError("site: note: Graphviz's 'dot' is not installed; graphs are shown as lists of edges (install graphviz to draw them)\n")
            } else if !Graphviz.hasWorkers {
                Terminal.writeError(
                    "site: note: drawing graphs with one 'dot' process each (this build of stackcat cannot load Graphviz's library itself, so this is slower)\n"
                )
            }
            defer { graphviz?.finish() }
            try GeneratedDirectory(
                path: out, catalogOrigin: origin, command: catalogOptions.command,
                files: SiteFiles(
                    catalog: catalog, drawing: graphviz, radarHistory: radarHistory, changes: changes,
                    showsEmptyCategories: showEmpty, logos: CatalogLogoFiles.check(catalog, origin: origin).logos)
            ).sync(check: check)
            graphviz?.finish()
            FastExit.now()
        }
    }
}

/// Graphviz draws the site's graphs; one that runs out of time is shown as a list of edges, with a note.
extension Graphviz: GraphDrawing {
    public func draw(_ graphs: [GraphDrawingSource?]) -> [String?] {
        let outcomes = drawReporting(graphs.map { $0.map { Source(dot: $0.dot, measuresOnlyASCII: $0.measuresOnlyASCII) } })
        for (graph, outcome) in zip(graphs, outcomes) where outcome == .timedOut {
            Terminal.writeError(
                "site: note: the graph of \(TerminalText.sanitize(graph?.name ?? "a page")) took longer than "
                    + "\(GraphvizBudget.describe(budget)) to lay out and is shown as a list of its edges "
                    + "(\(GraphvizBudget.variable) sets the budget in seconds)\n")
        }
        return outcomes.map { $0?.svg }
    }
}
