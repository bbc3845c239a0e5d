import StackcatModel
import StackcatQuery

/// Formats of `stackcat diff`.
public enum DiffFormat: String, OutputFormat {
    case text, markdown, json

    public var embedding: MarkdownEmbedding {
        switch self {
        case .markdown: return .asIs
        case .json: return .fenced(language: "json")
        case .text: return .fenced(language: "text")
        }
    }

    public var isText: Bool { self != .json }

    public func render(_ diff: CatalogDiff) -> String {
        switch self {
        case .text: return DiffTextFormat.render(diff)
        case .markdown: return DiffMarkdownFormat.render(diff)
        case .json: return DiffJSONFormat.render(diff)
        }
    }
}

extension CatalogDiff {
    /// "2 added, 1 removed, 3 changed": the counts of a section that are not zero.
    static func counts(_ section: Section) -> String {
        [
            (section.added.count, "added"), (section.removed.count, "removed"), (section.renamed.count, "renamed"),
            (section.changed.count, "changed")
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    /// A long or multi-line value cut to its first line, at most `limit` characters.
    static func brief(_ value: String?, limit: Int = 80) -> String {
        guard let value else { return "(none)" }
        let line = value.prefix { $0 != "\n" && $0 != "\r" }
        if line.count <= limit && line.count == value.count { return value }
        return String(line.prefix(limit)) + "…"
    }

    /// An old and a new value cut as `brief` cuts them, unless that would make them read the same
    /// (a long description changed past its first line or its first `limit` characters): then each is
    /// shown from a little before where they first differ, line breaks as spaces ("…text…").
    static func briefs(_ old: String?, _ new: String?, limit: Int = 80) -> (old: String, new: String) {
        let before = brief(old, limit: limit)
        let after = brief(new, limit: limit)
        guard before == after, let old, let new, old != new else { return (before, after) }
        let a = Array(old)
        let b = Array(new)
        var first = 0
        while first < a.count, first < b.count, a[first] == b[first] { first += 1 }
        let start = max(0, first - 20)
        func window(_ characters: [Character]) -> String {
            guard start < characters.count else { return "…" }
            let shown = characters[start...].prefix(limit).map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }
            return (start > 0 ? "…" : "") + String(shown) + (start + limit < characters.count ? "…" : "")
        }
        return (window(a), window(b))
    }

    /// "the working tree", "HEAD~1 (3f2a1bc)".
    static func describe(_ side: Side) -> String {
        guard let commit = side.commit else { return side.label }
        let short = String(commit.prefix(7))
        return side.label == commit || side.label.hasPrefix(short) ? short : "\(side.label) (\(short))"
    }

    /// "2015 → 2016"; for a list on both sides the items added and removed: "+ a, + b, - c" (or, when
    /// only the order changed, "reordered").
    static func describe(_ fact: FactChange) -> String {
        guard fact.isList, fact.old != nil, fact.new != nil else {
            let (old, new) = briefs(fact.old, fact.new)
            return "\(old) → \(new)"
        }
        let items = fact.added.map { "+ " + $0 } + fact.removed.map { "- " + $0 }
        return items.isEmpty ? "reordered" : items.joined(separator: ", ")
    }

    static func location(_ diagnostic: Diagnostic) -> String {
        guard let location = diagnostic.location else { return "" }
        return "\(location.path):\(location.span.start.line):\(location.span.start.column): "
    }
}
