import StackcatModel
import StackcatQuery

/// `search.js`: what the index's search and filters read, one entry a line. Tools and stacks carry
/// `stackcat search`'s fields (`Search.Fields`: ids and aliases, name, tags, summary and description),
/// folded here by the same code, so that the page's script ranks them as the command does; teams and
/// categories are searched by id, name and description. Tools also carry the filters' keys.
///
/// A script rather than JSON: a page opened from `file://` may load a script but not fetch a file.
extension SiteGenerator {
    func searchIndex() -> String {
        var out = Self.assetMarker + "\n"
        out += "// The catalog's search index, read by site.js on index.html.\n"
        out += "window.stackcatSearch = [\n"
        var first = true
        func entry(_ pairs: [(String, Any)]) {
            out += first ? "" : ",\n"
            first = false
            out += "{"
            for (n, (key, value)) in pairs.enumerated() {
                if n > 0 { out += "," }
                out += "\"" + key + "\":"
                if let text = value as? String {
                    JSONValue.writeString(text, to: &out)
                } else if let texts = value as? [String] {
                    out += "["
                    for (m, text) in texts.enumerated() {
                        if m > 0 { out += "," }
                        JSONValue.writeString(text, to: &out)
                    }
                    out += "]"
                }
            }
            out += "}"
        }
        func fields(_ f: Search.Fields) -> [(String, Any)] { [("i", f.ids), ("n", f.name), ("g", f.tags), ("x", f.text)] }
        for tool in catalog.tools {
            var categories: Set<String> = []
            for category in tool.allCategories { categories.formUnion(catalog.categoryPath(category, last: CategoryHierarchy.depthLimit + 1)) }
            let rings = Ring.allCases.filter { ring in (ringsByTool[tool.id] ?? []).contains { $0.ring == ring } }.map(\.rawValue)
            entry(
                [("k", "tool"), ("id", tool.id), ("name", tool.name), ("s", tool.summary)] + fields(Search.Fields(tool)) + [
                    ("c", categories.sorted { $0.utf8Precedes($1) }), ("r", tool.roles.map(\.value)), ("l", tool.lifecycle.value.rawValue),
                    ("st", stacksByTool[tool.id] ?? []), ("o", tool.owner?.value ?? ""), ("rg", rings)
                ])
        }
        for stack in catalog.stacks {
            entry([("k", "stack"), ("id", stack.id), ("name", stack.name), ("s", stack.summary)] + fields(Search.Fields(stack)))
        }
        for team in catalog.teams {
            let id = team.id.value
            entry(
                [("k", "team"), ("id", id), ("name", team.name), ("s", team.description ?? "")]
                    + fields(Search.Fields(ids: [id], name: team.name, tags: [], text: [team.description ?? ""])))
        }
        for category in catalog.categories where isShown(category.id.value) {
            let id = category.id.value
            entry(
                [("k", "category"), ("id", id), ("name", category.name), ("s", category.description ?? "")]
                    + fields(Search.Fields(ids: [id], name: category.name, tags: [], text: [category.description ?? ""])))
        }
        out += "\n];\n"
        return out
    }
}
