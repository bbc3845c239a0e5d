import StackcatModel
import StackcatQuery

/// The JSON shapes of catalog entries. Every key is always present (null or [] when empty), in a
/// fixed order, so that scripts can rely on them.
public enum CatalogJSON {
    public static func tool(_ tool: Tool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(tool.id)),
            ("name", .string(tool.name)),
            ("summary", .string(tool.summary)),
            ("description", .optional(tool.description))
        ]
        for fact in ToolFact.all {
            pairs.append((fact.key, fact.value(of: tool).map(json) ?? (fact.isList ? .array([]) : .null)))
        }
        pairs += [
            ("roles", .strings(tool.roles.map(\.value))),
            (
                "relations",
                .array(
                    tool.relations.map { relation in
                        .object([
                            ("type", .string(relation.type.value)), ("target", .string(relation.target.value)),
                            ("note", .optional(relation.note))
                        ])
                    })
            ),
            ("sources", .strings(tool.sources))
        ]
        return .object(pairs)
    }

    static func json(_ value: ToolFact.Value) -> JSONValue {
        switch value {
        case .text(let text), .url(let text), .choice(let text), .category(let text), .team(let text): return .string(text)
        case .year(let year): return .int(year)
        case .categories(let items), .words(let items): return .strings(items)
        }
    }

    /// A tool with everything `show` adds: relations from both ends and the stacks that use it.
    public static func toolDetail(_ tool: Tool, in catalog: Catalog) -> JSONValue {
        guard case .object(var pairs) = self.tool(tool) else { return .null }
        let edges = RelationIndex(catalog).edges(of: tool.id)
        pairs.append(
            (
                "edges",
                .array(
                    edges.map { edge in
                        .object([
                            ("type", .string(edge.type)), ("direction", .string(edge.isOutgoing ? "out" : "in")),
                            ("label", .string(edge.label)), ("tool", .string(edge.other)), ("note", .optional(edge.note))
                        ])
                    })
            ))
        pairs.append(
            (
                "stacks",
                .array(
                    catalog.stacks(using: tool.id).map { use in
                        .object([
                            ("stack", .string(use.stack.id)), ("ring", .string(use.component.ring.rawValue)),
                            ("role", .optional(use.component.role))
                        ])
                    })
            ))
        return .object(pairs)
    }

    public static func stack(_ stack: Stack) -> JSONValue {
        .object([
            ("id", .string(stack.id)),
            ("name", .string(stack.name)),
            ("summary", .string(stack.summary)),
            ("description", .optional(stack.description)),
            ("as_of", .optional(stack.asOf)),
            ("reviewed", .optional(stack.reviewed?.value)),
            (
                "components",
                .array(
                    stack.components.map { c in
                        .object([
                            ("id", .string(c.id)),
                            ("tool", .optional(c.tool?.value)),
                            ("name", .optional(c.name)),
                            ("category", .optional(c.category?.value)),
                            ("ring", .string(c.ring.rawValue)),
                            ("role", .optional(c.role)),
                            ("owner", .optional(c.owner?.value)),
                            ("reviewed", .optional(c.reviewed?.value))
                        ])
                    })
            ),
            (
                "flows",
                .array(
                    stack.flows.map { f in
                        .object([("from", .string(f.from.value)), ("to", .string(f.to.value)), ("label", .optional(f.label))])
                    })
            ),
            ("sources", .strings(stack.sources))
        ])
    }
}
