import StackcatModel

/// Ranked, case- and accent-insensitive search over tools, stacks, teams and categories.
///
/// The ranking is data (`Tier.rule`): `run` applies it here, and the site's search index writes it
/// out for `site.js` to apply to the same folded fields, so the page and the command agree.
public enum Search {
    /// Better matches have lower tiers; an entry takes the first tier whose rule it meets.
    public enum Tier: Int, Sendable, Comparable, CaseIterable {
        /// The whole query is an id, an alias or the name.
        case exact = 0
        /// The whole query starts an id, an alias or the name.
        case prefix
        /// Every word is in an id, an alias, the name or a tag.
        case words
        /// Every word is somewhere, the summary and description included.
        case text

        public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The name `search` prints in its `match` column and JSON.
        public var description: String {
            switch self {
            case .exact: return "exact"
            case .prefix: return "prefix"
            case .words: return "words"
            case .text: return "text"
            }
        }

        /// The one statement of the ranking.
        package var rule: Rule {
            switch self {
            case .exact: return Rule(test: .whole, fields: [.ids, .name])
            case .prefix: return Rule(test: .prefix, fields: [.ids, .name])
            case .words: return Rule(test: .everyWord, fields: [.ids, .name, .tags])
            case .text: return Rule(test: .everyWord, fields: [.ids, .name, .tags, .text])
            }
        }
    }

    /// What a tier asks of an entry: a test of the query against some of its fields.
    package struct Rule: Sendable {
        package enum Test: String, Sendable {
            /// The whole query (its words joined by single spaces) equals one of the fields' values.
            case whole
            /// The whole query starts one of the values.
            case prefix
            /// Each word occurs in one of the values.
            case everyWord
        }

        package let test: Test
        package let fields: [Field]
    }

    /// A field of `Fields`; the raw value is its key in the site's search index.
    package enum Field: String, Sendable, CaseIterable {
        case ids = "i", name = "n", tags = "g", text = "x"
    }

    public struct Hit: Sendable, Hashable {
        /// In the order that breaks ties between entries with the same tier and id.
        public enum Kind: String, Sendable, CaseIterable { case tool, stack, team, category }
        public var kind: Kind
        public var id: String
        public var name: String
        public var summary: String
        public var tier: Tier
    }

    /// Folds case and accents (and full-width forms) so that "Velero", "VELERO" and "vélero" meet.
    public static func fold(_ text: String) -> String {
        TextFolding.fold(text)
    }

    /// The query as the rules read it: folded, split into words; `whole` is the words joined by one space.
    package struct Query: Sendable {
        package let whole: String
        package let words: [String]

        package init(_ text: String) {
            words = Search.fold(text).split(whereSeparator: { $0.isWhitespace }).map(String.init)
            whole = words.joined(separator: " ")
        }
    }

    /// Every entry that matches all words of the query, best tier first, then by id, then by kind.
    /// Categories with no tool in them or below them are left out unless `showsEmptyCategories`, as
    /// everywhere else.
    public static func run(_ text: String, in catalog: Catalog, showsEmptyCategories: Bool = false) -> [Hit] {
        let query = Query(text)
        guard !query.words.isEmpty else { return [] }
        var hits: [Hit] = []
        for entry in entries(in: catalog, showsCategory: shownCategories(in: catalog, showsEmpty: showsEmptyCategories)) {
            if let tier = entry.fields.tier(of: query) {
                hits.append(Hit(kind: entry.kind, id: entry.id, name: entry.name, summary: entry.summary, tier: tier))
            }
        }
        return hits.sorted(by: precedes)
    }

    /// Hit order: tier, then id, then kind.
    static func precedes(_ a: Hit, _ b: Hit) -> Bool {
        if a.tier != b.tier { return a.tier < b.tier }
        if a.id != b.id { return a.id.utf8Precedes(b.id) }
        return Hit.Kind.allCases.firstIndex(of: a.kind)! < Hit.Kind.allCases.firstIndex(of: b.kind)!
    }

    /// Whether a category is searched: one with a tool in it or below it, or every one.
    package static func shownCategories(in catalog: Catalog, showsEmpty: Bool) -> (String) -> Bool {
        guard !showsEmpty else { return { _ in true } }
        var used: Set<String> = []
        for tool in catalog.tools {
            for category in tool.allCategories { used.formUnion(catalog.categoryPath(category)) }
        }
        return { used.contains($0) }
    }

    /// An entry that search looks at: what it prints, and its fields.
    package struct Entry: Sendable {
        package let kind: Hit.Kind
        /// The position in the catalog's array of its kind.
        package let index: Int
        package let id: String
        package let name: String
        package let summary: String
        package let fields: Fields
    }

    /// The entries search looks at, in the order tools, stacks, teams, categories: the command's and
    /// the site's search index's.
    package static func entries(in catalog: Catalog, showsCategory: (String) -> Bool) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(catalog.tools.count + catalog.stacks.count + catalog.teams.count + catalog.categories.count)
        for (n, tool) in catalog.tools.enumerated() {
            out.append(Entry(kind: .tool, index: n, id: tool.id, name: tool.name, summary: tool.summary, fields: Fields(tool)))
        }
        for (n, stack) in catalog.stacks.enumerated() {
            out.append(Entry(kind: .stack, index: n, id: stack.id, name: stack.name, summary: stack.summary, fields: Fields(stack)))
        }
        for (n, team) in catalog.teams.enumerated() {
            let id = team.id.value
            let fields = Fields(ids: [id], name: team.name, tags: [], text: [team.description ?? ""])
            out.append(Entry(kind: .team, index: n, id: id, name: team.name, summary: team.description ?? "", fields: fields))
        }
        for (n, category) in catalog.categories.enumerated() where showsCategory(category.id.value) {
            let id = category.id.value
            let fields = Fields(ids: [id], name: category.name, tags: [], text: [category.description ?? ""])
            out.append(Entry(kind: .category, index: n, id: id, name: category.name, summary: category.description ?? "", fields: fields))
        }
        return out
    }

    /// What a search looks at in an entry, folded: the site's search index writes these out for its
    /// script to rank with the same rules.
    package struct Fields: Sendable {
        package let ids: [String]
        package let name: String
        package let tags: [String]
        package let text: String

        package init(_ tool: Tool) {
            self.init(
                ids: [tool.id] + tool.aliases.map(\.value), name: tool.name, tags: tool.tags,
                text: [tool.summary, tool.description ?? ""])
        }

        package init(_ stack: Stack) {
            self.init(ids: [stack.id], name: stack.name, tags: [], text: [stack.summary, stack.description ?? ""])
        }

        package init(ids: [String], name: String, tags: [String], text: [String]) {
            self.ids = ids.map(Search.fold)
            self.name = Search.fold(name)
            self.tags = tags.map(Search.fold)
            self.text = Search.fold(text.joined(separator: "\n"))
        }

        package func values(_ field: Field) -> [String] {
            switch field {
            case .ids: return ids
            case .name: return [name]
            case .tags: return tags
            case .text: return [text]
            }
        }

        /// The first tier whose rule the entry meets, or nil when a word is nowhere in it.
        package func tier(of query: Query) -> Tier? {
            Tier.allCases.first { meets($0.rule, query) }
        }

        func meets(_ rule: Rule, _ query: Query) -> Bool {
            switch rule.test {
            case .whole: return rule.fields.contains { values($0).contains(query.whole) }
            case .prefix: return rule.fields.contains { values($0).contains { $0.hasPrefix(query.whole) } }
            case .everyWord:
                return query.words.allSatisfy { word in rule.fields.contains { values($0).contains { $0.contains(word) } } }
            }
        }
    }
}
