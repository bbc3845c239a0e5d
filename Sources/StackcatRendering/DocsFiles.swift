import StackcatIO
import StackcatModel

/// The Markdown docs as the files of a generated directory: what `docs --out` writes, and what the
/// tests render.
public struct DocsFiles: GeneratedFiles {
    public let generator: DocsGenerator
    public let pages: [DocsGenerator.Page]
    public let paths: [String]

    /// `showsEmptyCategories`: list categories with no tool too (`docs --show-empty`).
    public init(catalog: Catalog, showsEmptyCategories: Bool = false) {
        var generator = DocsGenerator(catalog: catalog)
        generator.showsEmptyCategories = showsEmptyCategories
        self.generator = generator
        pages = generator.pages()
        paths = pages.map(\.path)
    }

    public var command: String { "docs" }
    public var noun: String { "docs" }
    /// Pages, and the radars that stack pages show.
    public var layout: GeneratedLayout {
        GeneratedLayout(
            topLevelFiles: ["README.md", "catalog.dot"], directories: ["categories", "tools", "stacks", "teams"],
            extensions: [".md", ".svg"])
    }

    public func render(_ indices: [Int]) -> [String] {
        let generator = generator
        let pages = pages
        return Parallel.fold(indices.count, threshold: 64, initial: { [String]() }) { out, i in
            out.append(generator.contents(of: pages[indices[i]]))
        }.flatMap { $0 }
    }

    public func isGenerated(_ text: String) -> Bool { DocsGenerator.isGenerated(text) }
}
