import CatalogLayout
import StackcatModel

/// One file of a catalog: where it sits inside the catalog (`tools/istio.yaml`) and its text, whose
/// `path` is what diagnostics print (`catalog/tools/istio.yaml`).
public struct CatalogFile: Sendable {
    public var relativePath: String {
        didSet { kind = CatalogLayout.kind(of: relativePath) }
    }
    public var text: SourceText
    /// What the file holds, judged by its place in the catalog layout (worked out once: it is asked
    /// for several times per file).
    public private(set) var kind: Kind
    /// Which part of a federated catalog the file comes from (empty for the root catalog; the
    /// include's display name otherwise): the same `tools/a.yaml` may come from two parts.
    public var origin: String = ""

    public init(relativePath: String, text: SourceText) {
        self.relativePath = relativePath
        self.text = text
        kind = CatalogLayout.kind(of: relativePath)
    }

    public init(relativePath: String, text: SourceText, origin: String) {
        self.init(relativePath: relativePath, text: text)
        self.origin = origin
    }

    public init(relativePath: String, displayPath: String, contents: String) {
        self.init(relativePath: relativePath, text: SourceText(path: displayPath, text: contents))
    }

    /// A file of the built-in catalog, shown as `<built-in>/tools/istio.yaml`: the executable and the
    /// build tool that compiles the catalog in (`CompiledCatalog`) make them alike, so that the compiled
    /// catalog's paths are those of the loaded one.
    public static func builtIn(relativePath: String, contents: String) -> CatalogFile {
        CatalogFile(relativePath: relativePath, displayPath: "<built-in>/" + relativePath, contents: contents)
    }

    public typealias Kind = CatalogLayout.Kind

    /// The file name without its `.yaml` or `.yml` extension (see `CatalogLayout.yamlStem`).
    public static func yamlStem(_ name: String) -> Substring? { CatalogLayout.yamlStem(name) }
}

extension CatalogFile {
    /// The files that hold one entry twice under different extensions (`tools/a.yaml` and
    /// `tools/a.yml`, `categories.yaml` and `categories.yml`): one is read (the `.yaml` one if there
    /// is one, else the first), each other is an error and is not read, so that one mistake does not
    /// turn into a duplicate id for every entry the file holds.
    /// Without a file that ends otherwise than in `.yaml` (the usual case) this is one pass of suffix
    /// checks and returns the same array.
    public static func firstOfEachEntry(_ files: [CatalogFile]) -> (files: [CatalogFile], diagnostics: [Diagnostic]) {
        guard files.contains(where: { !$0.relativePath.utf8.suffix(5).elementsEqual(".yaml".utf8) }) else { return (files, []) }
        var kept: [CatalogFile] = []
        var keptIndex: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        kept.reserveCapacity(files.count)
        for file in files {
            let entry: String
            switch file.kind {
            case .categories: entry = "categories"
            case .roles: entry = "roles"
            case .relations: entry = "relations"
            case .teams: entry = "teams"
            case .settings: entry = "settings"
            case .tool(let id): entry = "tool '\(id)'"
            case .stack(let id): entry = "stack '\(id)'"
            case .unexpected:
                kept.append(file)
                continue
            }
            guard let index = keptIndex[file.origin + "\u{0}" + entry] else {
                keptIndex[file.origin + "\u{0}" + entry] = kept.count
                kept.append(file)
                continue
            }
            if file.relativePath.hasSuffix(".yaml") && !kept[index].relativePath.hasSuffix(".yaml") {
                diagnostics.append(
                    Diagnostics.sameEntryTwice(entry, read: (file.relativePath, file.text.path), notRead: (kept[index].relativePath, kept[index].text.path)))
                kept[index] = file
            } else {
                diagnostics.append(
                    Diagnostics.sameEntryTwice(entry, read: (kept[index].relativePath, kept[index].text.path), notRead: (file.relativePath, file.text.path)))
            }
        }
        return (kept, diagnostics)
    }
}
