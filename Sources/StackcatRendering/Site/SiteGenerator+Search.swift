import StackcatModel
import StackcatQuery

/// `search.js`: what the index's search and filters read, one entry a line, and how to rank them.
/// The entries are `stackcat search`'s (`Search.entries`: tools, stacks, teams and the shown
/// categories) with their fields folded by the same code (`Search.Fields`), and the ranking is
/// `Search.Tier`'s rules written out as data, which `site.js` applies as the command does. Tools also
/// carry the filters' keys.
///
/// A script rather than JSON: a page opened from `file://` may load a script but not fetch a file.
extension SiteGenerator {
    func searchIndex() -> String {
        var out = Self.assetMarker + "\n"
        out += "// The catalog's search index and ranking, read by site.js on index.html.\n"
        out += "window.stackcatRanking = " + Self.searchRanking() + ";\n"
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
        for item in Search.entries(in: catalog, showsCategory: isShown) {
            var pairs: [(String, Any)] = [("k", item.kind.rawValue), ("id", item.id), ("name", item.name), ("s", item.summary)]
            pairs += Search.Field.allCases.map { ($0.rawValue, $0 == .name || $0 == .text ? item.fields.values($0)[0] : item.fields.values($0)) }
            if item.kind == .tool {
                let tool = catalog.tools[item.index]
                var categories: Set<String> = []
                for category in tool.allCategories { categories.formUnion(catalog.categoryPath(category, last: CategoryHierarchy.depthLimit + 1)) }
                let rings = Ring.allCases.filter { ring in (ringsByTool[tool.id] ?? []).contains { $0.ring == ring } }.map(\.rawValue)
                pairs += [
                    ("c", categories.sorted { $0.utf8Precedes($1) }), ("r", tool.roles.map(\.value)), ("l", tool.lifecycle.value.rawValue),
                    ("st", stacksByTool[tool.id] ?? []), ("o", tool.owner?.value ?? ""), ("rg", rings)
                ]
            }
            entry(pairs)
        }
        out += "\n];\n"
        return out
    }

    /// `Search.Tier`'s rules, best first, and the order of kinds that breaks ties, as JSON
    /// (`{"tiers":[{"tier":"exact","test":"whole","fields":["i","n"]},...],"kinds":["tool",...]}`).
    static func searchRanking() -> String {
        let tiers = JSONValue.array(
            Search.Tier.allCases.map { tier in
                .object([
                    ("tier", .string(tier.description)), ("test", .string(tier.rule.test.rawValue)),
                    ("fields", .array(tier.rule.fields.map { .string($0.rawValue) }))
                ])
            })
        let kinds = JSONValue.array(Search.Hit.Kind.allCases.map { .string($0.rawValue) })
        return String(JSONValue.object([("tiers", tiers), ("kinds", kinds)]).rendered().dropLast())
    }
}
