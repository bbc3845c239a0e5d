import StackcatIO
import StackcatModel
import StackcatQuery

/// The HTML site as the files of a generated directory, with graphs drawn by Graphviz when present:
/// what `site --out` writes, and what the tests render.
public struct SiteFiles: GeneratedFiles {
    public let generator: SiteGenerator
    public let pages: [SiteGenerator.Page]
    public let paths: [String]
    let drawing: (any GraphDrawing)?

    /// `drawing` draws the graphs (Graphviz, in the executable); without it graphs are lists of edges.
    /// `radarHistory` marks each stack radar's blips new or moved since an earlier revision;
    /// `changes` adds the Changes page.
    /// `showsEmptyCategories` lists categories with no tool too (`site --show-empty`).
    public init(
        catalog: Catalog, drawing: (any GraphDrawing)?, radarHistory: RadarHistory? = nil, changes: SiteChanges? = nil,
        showsEmptyCategories: Bool = false, logos: [String: [UInt8]] = [:]
    ) {
        var generator = SiteGenerator(catalog: catalog)
        generator.logos = logos
        generator.showsEmptyCategories = showsEmptyCategories
        generator.radarHistory = radarHistory
        generator.changes = changes
        self.generator = generator
        pages = generator.pages()
        paths = pages.map(\.path)
        self.drawing = drawing
    }

    public var command: String { "site" }
    public var noun: String { "the site" }
    public var layout: GeneratedLayout {
        var layout = GeneratedLayout(topLevelFiles: SiteGenerator.topLevelFiles, directories: SiteGenerator.directories, extensions: [".html"])
        layout.otherPlaces = [("logos", ".svg")]
        return layout
    }

    public func render(_ indices: [Int]) -> [String] {
        let generator = generator
        let pages = pages
        let drawings = draw(indices)
        return Parallel.fold(indices.count, threshold: 64, initial: { [String]() }) { out, i in
            out.append(generator.contents(of: pages[indices[i]], graph: drawings[i]?.graph, svg: drawings[i]?.svg))
        }.flatMap { $0 }
    }

    /// The graph of each page and what Graphviz made of it (nil without Graphviz, or where it failed).
    private func draw(_ indices: [Int]) -> [(graph: Graph, svg: String?)?] {
        let generator = generator
        let pages = pages
        guard let drawing else {
            return Parallel.fold(indices.count, threshold: 64, initial: { [(graph: Graph, svg: String?)?]() }) { out, i in
                out.append(generator.graph(of: pages[indices[i]]).map { ($0, nil) })
            }.flatMap { $0 }
        }
        let graphs = Parallel.fold(indices.count, threshold: 64, initial: { [(graph: Graph, source: GraphDrawingSource)?]() }) { out, i in
            out.append(
                generator.graph(of: pages[indices[i]]).map {
                    ($0, GraphDrawingSource(dot: generator.dot(of: $0), measuresOnlyASCII: generator.measuresOnlyASCII($0), name: pages[indices[i]].path))
                })
        }.flatMap { $0 }
        let svgs = drawing.draw(graphs.map { $0?.source })
        return zip(graphs, svgs).map { graph, svg in graph.map { ($0.graph, svg) } }
    }

    public func isGenerated(_ text: String) -> Bool { SiteGenerator.isGenerated(text) }
}
