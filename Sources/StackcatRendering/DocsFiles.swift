import StackcatIO
import StackcatModel

/// The Markdown docs as the files of a generated directory: what `docs --out` writes, and what the
/// tests render.
public struct DocsFiles: GeneratedFiles {
    public let pages: [DocsGenerator.Page]
    public let paths: [String]
    /// Made when the first page is rendered: an unchanged rerun (`OutputStamp`) needs only the paths,
    /// and the generator's graph context costs as much as a tenth of loading the catalog.
    private let madeGenerator: MadeOnce<DocsGenerator>

    public var generator: DocsGenerator { madeGenerator.value }

    /// `showsEmptyCategories`: list categories with no tool too (`docs --show-empty`).
    public init(catalog: Catalog, showsEmptyCategories: Bool = false) {
        madeGenerator = MadeOnce {
            var generator = DocsGenerator(catalog: catalog)
            generator.showsEmptyCategories = showsEmptyCategories
            return generator
        }
        pages = DocsGenerator.pages(of: catalog)
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
