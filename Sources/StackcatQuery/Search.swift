import StackcatModel

/// Ranked, case- and accent-insensitive search over tools and stacks.
public enum Search {
    /// Better matches have lower tiers.
    public enum Tier: Int, Sendable, Comparable {
        case exactIDOrAlias = 0, name, tag, text

        public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }

        public var description: String {
            switch self {
            case .exactIDOrAlias: return "id"
            case .name: return "name"
            case .tag: return "tag"
            case .text: return "summary"
            }
        }
    }

    public struct Hit: Sendable, Hashable {
        public enum Kind: String, Sendable { case tool, stack }
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

    /// Every tool and stack that matches all words of the query, best tier first, then by id.
    public static func run(_ query: String, in catalog: Catalog) -> [Hit] {
        let folded = fold(query).trimmingWhitespace()
        let words = folded.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return [] }
        var hits: [Hit] = []
        for tool in catalog.tools {
            let fields = Fields(tool)
            if let tier = fields.tier(whole: folded, words: words) {
                hits.append(Hit(kind: .tool, id: tool.id, name: tool.name, summary: tool.summary, tier: tier))
            }
        }
        for stack in catalog.stacks {
            let fields = Fields(stack)
            if let tier = fields.tier(whole: folded, words: words) {
                hits.append(Hit(kind: .stack, id: stack.id, name: stack.name, summary: stack.summary, tier: tier))
            }
        }
        return hits.sorted { ($0.tier, $0.id) < ($1.tier, $1.id) }
    }

    /// What a search looks at in an entry, folded: the one statement of it, which the site's search
    /// index (`search.js`) writes out for its script to rank the same way.
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

        func tier(whole: String, words: [String]) -> Tier? {
            if ids.contains(whole) { return .exactIDOrAlias }
            var worst = Tier.exactIDOrAlias
            for word in words {
                guard let tier = tier(of: word) else { return nil }
                worst = max(worst, tier)
            }
            return max(worst, .name)
        }

        func tier(of word: String) -> Tier? {
            if ids.contains(word) { return .exactIDOrAlias }
            if name.contains(word) || ids.contains(where: { $0.contains(word) }) { return .name }
            if tags.contains(where: { $0.contains(word) }) { return .tag }
            if text.contains(word) { return .text }
            return nil
        }
    }
}
