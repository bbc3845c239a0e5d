import StackcatModel
import StackcatQuery

/// The tables behind `list`, `search` and the vocabulary commands.
public enum Listings {
    public static func tools(_ tools: [Tool], in catalog: Catalog) -> Table {
        Table(
            columns: [.init("id"), .init("name", shrinks: true), .init("category"), .init("lifecycle"), .init("summary", shrinks: true)],
            rows: tools.map { [$0.id, $0.name, $0.category.value, $0.lifecycle.value.rawValue, $0.summary] })
    }

    public static func toolsJSON(_ tools: [Tool]) -> JSONValue {
        .array(tools.map(CatalogJSON.tool))
    }

    /// The rules of `Rule.all`, for `stackcat rules` and the README's rule table.
    public static func rules(_ rules: [Rule] = Rule.all) -> Table {
        Table(
            columns: [.init("id"), .init("severity"), .init("phase"), .init("description", shrinks: true)],
            rows: rules.map { [$0.id, $0.severity.rawValue, $0.phase.rawValue, $0.summary] })
    }

    public static func rulesJSON(_ rules: [Rule] = Rule.all) -> JSONValue {
        .array(
            rules.map { rule in
                .object([
                    ("id", .string(rule.id)), ("severity", .string(rule.severity.rawValue)), ("phase", .string(rule.phase.rawValue)),
                    ("description", .string(rule.summary))
                ])
            })
    }

    public static func search(_ hits: [Search.Hit]) -> Table {
        Table(
            columns: [.init("id"), .init("kind"), .init("name", shrinks: true), .init("match"), .init("summary", shrinks: true)],
            rows: hits.map { [$0.id, $0.kind.rawValue, $0.name, $0.tier.description, $0.summary] })
    }

    /// A hit as `search --format ids` prints it: a tool's or stack's id as it is (what `show` takes),
    /// a team's or category's with its kind in front (`team:platform`), since those are other ids.
    public static func searchID(_ hit: Search.Hit) -> String {
        switch hit.kind {
        case .tool, .stack: return hit.id
        case .team, .category: return hit.kind.rawValue + ":" + hit.id
        }
    }

    public static func searchJSON(_ hits: [Search.Hit]) -> JSONValue {
        .array(
            hits.map { hit in
                .object([
                    ("id", .string(hit.id)), ("kind", .string(hit.kind.rawValue)), ("name", .string(hit.name)),
                    ("match", .string(hit.tier.description)), ("summary", .string(hit.summary))
                ])
            })
    }

    /// The categories that `stackcat categories` lists: those with a tool in them or below them, in
    /// tree order, or every one with `showsEmpty`.
    public static func shownCategories(_ catalog: Catalog, showsEmpty: Bool) -> [(category: Category, depth: Int)] {
        let tree = catalog.categoryTree()
        return showsEmpty ? tree : tree.filter { catalog.toolCount(inCategory: $0.category.id.value) > 0 }
    }

    public static func categories(_ catalog: Catalog, indent: Bool, showsEmpty: Bool = true) -> Table {
        Table(
            columns: [.init("id"), .init("name", shrinks: true), .init("parent"), .init("tools"), .init("description", shrinks: true)],
            rows: shownCategories(catalog, showsEmpty: showsEmpty).map { entry in
                let c = entry.category
                let id = indent ? String(repeating: "  ", count: catalog.shownDepth(of: c.id.value)) + c.id.value : c.id.value
                return [id, c.name, c.parent?.value ?? "", String(catalog.toolCount(inCategory: c.id.value)), c.description ?? ""]
            })
    }

    public static func categoriesJSON(_ catalog: Catalog, showsEmpty: Bool = true) -> JSONValue {
        .array(
            catalog.categories.filter { showsEmpty || catalog.toolCount(inCategory: $0.id.value) > 0 }.map { c in
                .object([
                    ("id", .string(c.id.value)), ("name", .string(c.name)), ("parent", .optional(c.parent?.value)),
                    ("description", .optional(c.description)), ("tools", .int(catalog.toolCount(inCategory: c.id.value)))
                ])
            })
    }

    public static func roles(_ catalog: Catalog) -> Table {
        Table(
            columns: [.init("id"), .init("name", shrinks: true), .init("tools"), .init("description", shrinks: true)],
            rows: catalog.roles.map { [$0.id.value, $0.name, String(catalog.toolCount(withRole: $0.id.value)), $0.description ?? ""] })
    }

    public static func rolesJSON(_ catalog: Catalog) -> JSONValue {
        .array(
            catalog.roles.map { r in
                .object([
                    ("id", .string(r.id.value)), ("name", .string(r.name)), ("description", .optional(r.description)),
                    ("tools", .int(catalog.toolCount(withRole: r.id.value)))
                ])
            })
    }

    public static func relations(_ catalog: Catalog) -> Table {
        Table(
            columns: [
                .init("id"), .init("label", shrinks: true), .init("inverse", shrinks: true), .init("symmetric"), .init("edges"),
                .init("description", shrinks: true)
            ],
            rows: catalog.relationTypes.map {
                [
                    $0.id.value, $0.label, $0.inverse, $0.symmetric ? "yes" : "no", String(catalog.edgeCount(ofType: $0.id.value)),
                    $0.description ?? ""
                ]
            })
    }

    public static func relationsJSON(_ catalog: Catalog) -> JSONValue {
        .array(
            catalog.relationTypes.map { r in
                .object([
                    ("id", .string(r.id.value)), ("label", .string(r.label)), ("inverse", .string(r.inverse)),
                    ("description", .optional(r.description)), ("symmetric", .bool(r.symmetric)),
                    ("style", .object([("color", .string(r.style.color)), ("line", .string(r.style.line.rawValue))])),
                    ("edges", .int(catalog.edgeCount(ofType: r.id.value)))
                ])
            })
    }
}
