import CatalogLayout
import StackcatRendering

/// The JSON Schemas of the catalog files: which file each catalog file answers to, and the
/// `$schema` modelines that point editors at them. The schema texts themselves are data the
/// executable embeds (`schema/*.schema.json`) and passes in.
public enum CatalogSchemas {
    /// Where `init` puts the schemas, relative to the catalog directory. Hidden, so that the catalog
    /// reader and `ls` pass over it.
    public static let directory = ".schema"

    /// The schema file for a catalog file (`tools/x.yaml` → `tool.schema.json`), or nil for a file
    /// that is not part of the catalog layout.
    public static func schemaName(forCatalogPath relativePath: String) -> String? {
        switch CatalogLayout.kind(of: relativePath) {
        case .categories: return "categories.schema.json"
        case .roles: return "roles.schema.json"
        case .relations: return "relations.schema.json"
        case .teams: return "teams.schema.json"
        case .tool: return ToolSchema.fileName
        case .stack: return "stack.schema.json"
        case .settings: return "catalog.schema.json"
        case .unexpected: return nil
        }
    }

    /// The YAML language server's modeline for a catalog file, with a path to `directory` that
    /// resolves from the file's own folder.
    public static func modeline(forCatalogPath relativePath: String) -> String? {
        guard let name = schemaName(forCatalogPath: relativePath) else { return nil }
        let up = String(repeating: "../", count: relativePath.split(separator: "/").count - 1)
        return "# yaml-language-server: $schema=\(up)\(directory)/\(name)"
    }

    /// The short name `stackcat schema NAME` accepts for a schema file (`tool.schema.json` → `tool`).
    public static func shortName(_ fileName: String) -> String {
        fileName.hasSuffix(".schema.json") ? String(fileName.dropLast(".schema.json".count)) : fileName
    }

    /// All schemas as one JSON object keyed by file name, in the order given (the embedded list is
    /// sorted). Each schema keeps its own bytes, indented by one level.
    public static func combinedJSON(_ schemas: [(name: String, text: String)]) -> String {
        var out = "{\n"
        for (index, schema) in schemas.enumerated() {
            var body = schema.text
            while body.hasSuffix("\n") { body.removeLast() }
            let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 ? String($0.element) : "  " + $0.element }.joined(separator: "\n")
            out += "  " + JSONValue.string(schema.name).rendered() + ": " + indented
            out += index == schemas.count - 1 ? "\n" : ",\n"
        }
        return out + "}\n"
    }
}
