import StackcatIO
import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site",
            abstract: "Generate a static HTML site: search, filters, and a page per tool, category, stack, team and relation type.",
            discussion: """
            --out DIR writes index.html, site.css, site.js and tools/, categories/, stacks/, teams/ and \
            relations/<id>.html. The site needs no network and works from file:// as from any web server. The \
            index shows the overview graph (one node per top-level category), each stack page its tech radar and \
            its architecture. Graphs are SVG drawn by Graphviz's dot when it is installed, and lists of edges \
            otherwise; the radar is drawn by stackcat itself. As with 'docs --out', only files \
            whose bytes change are rewritten, generated files that no longer belong are removed, and files \
            without the generated marker are never touched. With --check nothing is written: stale, missing or \
            extra files are listed with a diff, and the exit code is 1.
            """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The directory to generate into.", valueName: "dir"), completion: .directory)
        var out: String

        @Flag(name: .long, help: "Write nothing; exit 1 when anything is out of date.")
        var check = false

        func run() throws {
            let origin = catalogOptions.origin()
            CatalogOptions.noteFallback(origin)
            let catalog = try catalogOptions.load(from: origin, keepingTexts: false)
            let graphviz = Executables.find("dot").map(Graphviz.init)
            if graphviz == nil {
                Terminal.writeError("site: note: Graphviz's 'dot' is not installed; graphs are shown as lists of edges (install graphviz to draw them)\n")
            }
            defer { graphviz?.finish() }
            try GeneratedDirectory(path: out, catalogOrigin: origin, command: catalogOptions.command,
                                   files: SiteFiles(catalog: catalog, graphviz: graphviz)).sync(check: check)
            graphviz?.finish()
            FastExit.now()
        }
    }
}

/// The HTML site as the files of a generated directory, with graphs drawn by Graphviz when present.
struct SiteFiles: GeneratedFiles {
    let generator: SiteGenerator
    let pages: [SiteGenerator.Page]
    let paths: [String]
    let graphviz: Graphviz?

    init(catalog: Catalog, graphviz: Graphviz?) {
        generator = SiteGenerator(catalog: catalog)
        pages = generator.pages()
        paths = pages.map(\.path)
        self.graphviz = graphviz
    }

    var command: String { "site" }
    var noun: String { "the site" }
    var layout: GeneratedLayout {
        GeneratedLayout(topLevelFiles: SiteGenerator.topLevelFiles, directories: SiteGenerator.directories, extensions: [".html"])
    }

    func render(_ indices: [Int]) -> [String] {
        let generator = generator, pages = pages
        let drawings = draw(indices)
        return Parallel.fold(indices.count, threshold: 64, initial: { [String]() }) { out, i in
            out.append(generator.contents(of: pages[indices[i]], graph: drawings[i]?.graph, svg: drawings[i]?.svg))
        }.flatMap { $0 }
    }

    /// The graph of each page and what Graphviz made of it (nil without Graphviz, or where it failed).
    private func draw(_ indices: [Int]) -> [(graph: Graph, svg: String?)?] {
        let generator = generator, pages = pages
        guard let graphviz else {
            return Parallel.fold(indices.count, threshold: 64, initial: { [(graph: Graph, svg: String?)?]() }) { out, i in
                out.append(generator.graph(of: pages[indices[i]]).map { ($0, nil) })
            }.flatMap { $0 }
        }
        let graphs = Parallel.fold(indices.count, threshold: 64, initial: { [(graph: Graph, source: Graphviz.Source)?]() }) { out, i in
            out.append(generator.graph(of: pages[indices[i]]).map {
                ($0, Graphviz.Source(dot: generator.dot(of: $0), measuresOnlyASCII: generator.measuresOnlyASCII($0)))
            })
        }.flatMap { $0 }
        let svgs = graphviz.draw(graphs.map { $0?.source })
        return zip(graphs, svgs).map { graph, svg in graph.map { ($0.graph, svg) } }
    }

    func isGenerated(_ text: String) -> Bool { SiteGenerator.isGenerated(text) }
}

