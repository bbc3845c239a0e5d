import StackcatModel

/// The comparison table of `stackcat compare`: one column per tool; rows of facts, then one row per
/// role any of them has, then one row per relation type any of them takes part in.
public struct Comparison: Sendable {
    public enum Section: String, Sendable {
        case fact, role, relation
    }

    public struct Row: Sendable, Equatable {
        public var section: Section
        /// The role or relation type id, or the fact's key.
        public var key: String
        public var label: String
        /// One value per compared tool, in the order of `tools`.
        public var values: [String]
    }

    public var tools: [Tool]
    public var rows: [Row]

    /// The mark in a role row where the tool has the role.
    public static let mark = "yes"

    public init(tools: [Tool], in catalog: Catalog, index: RelationIndex? = nil) {
        self.tools = tools
        let facts = ToolFact.all.filter { fact in
            fact.compared && (!fact.comparedOnlyWhenStated || tools.contains { fact.value(of: $0) != nil })
        }
        var rows: [Row] = facts.map { fact in
            Row(
                section: .fact, key: fact.key, label: fact.label,
                values: tools.map { tool in
                    switch fact.value(of: tool) {
                    case nil: return ""
                    case .text(let text)?, .url(let text)?, .choice(let text)?: return text
                    case .year(let year)?: return String(year)
                    case .category(let id)?: return catalog.category(id)?.name ?? id
                    case .team(let id)?: return catalog.team(id)?.name ?? id
                    case .categories(let ids)?: return ids.map { catalog.category($0)?.name ?? $0 }.joined(separator: ", ")
                    case .words(let words)?: return words.joined(separator: ", ")
                    }
                })
        }
        var roleIDs: Set<String> = []
        for tool in tools { for role in tool.roles { roleIDs.insert(role.value) } }
        for role in catalog.roles where roleIDs.contains(role.id.value) {
            rows.append(
                Row(
                    section: .role, key: role.id.value, label: role.name,
                    values: tools.map { tool in tool.roles.contains { $0.value == role.id.value } ? Self.mark : "" }))
        }
        // Outgoing edges, and incoming ones of symmetric types (which read the same both ways).
        let index = index ?? RelationIndex(catalog)
        var byType: [String: [[String]]] = [:]
        for (column, tool) in tools.enumerated() {
            for edge in index.edges(of: tool.id) where edge.isOutgoing {
                byType[edge.type, default: Array(repeating: [], count: tools.count)][column].append(edge.other)
            }
        }
        for type in catalog.relationTypes {
            guard let columns = byType[type.id.value] else { continue }
            rows.append(
                Row(
                    section: .relation, key: type.id.value, label: Self.capitalized(type.label),
                    values: columns.map { $0.sorted().joined(separator: ", ") }))
        }
        self.rows = rows
    }

    static package func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

/// Two stacks side by side: components in both (with ring changes), and in only one.
public struct StackComparison: Sendable {
    public struct Row: Sendable, Equatable {
        public var component: String
        public var name: String
        public var before: Ring?
        public var after: Ring?

        /// "assess → adopt", "same", or "only in <stack>".
        public func change(first: String, second: String) -> String {
            switch (before, after) {
            case (nil, _?): return "only in \(second)"
            case (_?, nil): return "only in \(first)"
            case (let b?, let a?) where a == b: return "same"
            case (let b?, let a?): return "\(b.rawValue) → \(a.rawValue)"
            default: return ""
            }
        }
    }

    public var first: Stack
    public var second: Stack
    public var rows: [Row]

    public init(_ first: Stack, _ second: Stack, in catalog: Catalog) {
        self.first = first
        self.second = second
        var ids = Set(first.components.map(\.id))
        ids.formUnion(second.components.map(\.id))
        func name(_ id: String) -> String {
            catalog.tool(id)?.name ?? first.component(id)?.name ?? second.component(id)?.name ?? id
        }
        let rows = ids.map { id in
            Row(component: id, name: name(id), before: first.component(id)?.ring, after: second.component(id)?.ring)
        }
        // Changed rings first, then shared, then only in the first, then only in the second; each by id.
        func rank(_ row: Row) -> Int {
            switch (row.before, row.after) {
            case (let b?, let a?): return a == b ? 1 : 0
            case (_?, nil): return 2
            default: return 3
            }
        }
        self.rows = rows.sorted { (rank($0), $0.component) < (rank($1), $1.component) }
    }
}
