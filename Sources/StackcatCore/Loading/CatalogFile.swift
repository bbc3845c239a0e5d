/// One file of a catalog: where it sits inside the catalog (`tools/istio.yaml`) and its text, whose
/// `path` is what diagnostics print (`catalog/tools/istio.yaml`).
public struct CatalogFile: Sendable {
    public var relativePath: String
    public var text: SourceText

    public init(relativePath: String, text: SourceText) {
        self.relativePath = relativePath
        self.text = text
    }

    public init(relativePath: String, displayPath: String, contents: String) {
        self.init(relativePath: relativePath, text: SourceText(path: displayPath, text: contents))
    }

    /// What the file holds, judged by its place in the catalog layout.
    public enum Kind: Sendable, Equatable {
        case categories, roles, relations, tool(id: String), stack(id: String), unexpected
    }

    public var kind: Kind {
        switch relativePath {
        case "categories.yaml": return .categories
        case "roles.yaml": return .roles
        case "relations.yaml": return .relations
        default: break
        }
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].hasSuffix(".yaml"), parts[1].count > 5 else { return .unexpected }
        let id = String(parts[1].dropLast(5))
        switch parts[0] {
        case "tools": return .tool(id: id)
        case "stacks": return .stack(id: id)
        default: return .unexpected
        }
    }
}
