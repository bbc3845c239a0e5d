/// The files a command generates into a directory (`docs --out`, `site --out`), rendered on demand.
public protocol GeneratedFiles: Sendable {
    /// The command, in messages and in the hint to rerun: "docs", "site".
    var command: String { get }
    /// What is written, in "refusing to write ... into": "docs", "the site".
    var noun: String { get }
    /// Every file's path relative to the directory, sorted.
    var paths: [String] { get }
    /// The contents of the files at these indices of `paths`, in their order; called a batch at a time.
    func render(_ indices: [Int]) -> [String]
    /// Whether a file's text carries the generated marker (so it is ours to replace or remove).
    func isGenerated(_ text: String) -> Bool
    /// Where generated files live, so where extras are looked for.
    var layout: GeneratedLayout { get }
}

extension GeneratedFiles {
    /// Every file with its contents, sorted by path: the whole tree in memory, for tests and small
    /// catalogs (the directory writer renders a batch at a time instead).
    public func all() -> [(path: String, contents: String)] {
        Array(zip(paths, render(Array(paths.indices)))).map { (path: $0.0, contents: $0.1) }
    }
}

/// A graph for a `GraphDrawing`: its DOT, and whether every text Graphviz measures in it (labels, not
/// tooltips or links) is ASCII (`DOTFormat.measuresOnlyASCII`).
public struct GraphDrawingSource: Sendable {
    public let dot: String
    public let measuresOnlyASCII: Bool
    /// Where the graph goes (the page's path), for messages about it.
    public let name: String

    public init(dot: String, measuresOnlyASCII: Bool, name: String = "a graph") {
        self.dot = dot
        self.measuresOnlyASCII = measuresOnlyASCII
        self.name = name
    }
}

/// Draws graphs as SVG (Graphviz, which the executable runs); nil where there is no graph or it
/// could not be drawn.
public protocol GraphDrawing: Sendable {
    func draw(_ graphs: [GraphDrawingSource?]) -> [String?]
}
