import StackcatModel
import StackcatYAML

/// What `export backstage` carries in `stackcat.dev/` annotations beyond the fields Backstage has, and
/// how `import backstage` reads it back: one statement for both directions.
///
/// - A tool's facts that no Backstage field holds (`ToolFact.fileFacts` less `mapped`: description,
///   licence, language, vendor, CNCF status, year, aliases, tags, review dates, ...), each as
///   `stackcat.dev/<key>` (`_` written `-`), a list one item a line.
/// - Its sources, when the links alone would not give them back (a source that is also the homepage
///   or repository, a path in the repository of an in-house tool), as `stackcat.dev/sources`, one a
///   line; its summary is the entity's description, taken whole when the entity carries an id; its relations' notes as
///   `stackcat.dev/relation-notes`, `type:target note` a line.
/// - A stack's description and review date, its flows (`stackcat.dev/flows`, `from to label` a line)
///   and its components' roles (`stackcat.dev/component-roles`, `id role` a line); its sources are the
///   System's links.
enum BackstageCarried {
    /// Tool keys that Backstage's own fields, or the annotations of the first export, carry.
    static let mapped: Set<String> = [
        "id", "name", "summary", "category", "categories", "hosting", "lifecycle", "owner", "homepage", "repo", "roles", "relations", "sources"
    ]

    /// The tool facts carried as annotations of their own.
    static let toolFacts: [ToolFact] = ToolFact.fileFacts.filter { !mapped.contains($0.key) }

    /// `lifecycle_since` → `lifecycle-since`.
    static func annotationName(_ key: String) -> String {
        key.split(separator: "_").joined(separator: "-")
    }

    /// A fact's value as an annotation's text, or nil when there is none to carry.
    static func text(_ value: ToolFact.Value) -> String? {
        switch value {
        case .text(let text), .url(let text), .choice(let text), .category(let text), .team(let text): return text
        case .year(let year): return String(year)
        case .categories(let items), .words(let items): return items.isEmpty ? nil : items.joined(separator: "\n")
        }
    }

    /// An annotation's text as the YAML value of the fact's key in a tool file.
    static func yaml(_ fact: ToolFact, _ text: String) -> String {
        if fact.isList { return YAMLWriter.list(text.split(whereSeparator: \.isNewline).map(String.init)) }
        if fact.kind == .year, Int(text) != nil { return text }
        return YAMLWriter.scalar(text)
    }

    /// The annotations of a tool beyond the first export's.
    static func annotations(of tool: Tool) -> [(String, String)] {
        var out: [(String, String)] = []
        for fact in toolFacts {
            if let value = fact.value(of: tool), let text = text(value) { out.append((annotationName(fact.key), text)) }
        }
        // The import makes sources from the http(s) links: carried when that would not give them back.
        if linkedSources(tool) != tool.sources || tool.sources.contains(where: { !URLCheck.isHTTPURL($0) }) {
            out.append(("sources", tool.sources.joined(separator: "\n")))
        }
        let notes = tool.relations.compactMap { relation in relation.note.map { "\(relation.type.value):\(relation.target.value) \($0)" } }
        if !notes.isEmpty { out.append(("relation-notes", notes.joined(separator: "\n"))) }
        return out
    }

    /// The sources an import makes from the links that the export writes: every source that is not the
    /// homepage or the repository, once.
    static func linkedSources(_ tool: Tool) -> [String] {
        var out: [String] = []
        for source in tool.sources where source != tool.homepage && source != tool.repo && !out.contains(source) { out.append(source) }
        return out
    }

    /// The annotations of a stack beyond the first export's.
    static func annotations(of stack: Stack) -> [(String, String)] {
        var out: [(String, String)] = []
        if let description = stack.description { out.append(("description", description)) }
        if let reviewed = stack.reviewed?.value { out.append(("reviewed", reviewed)) }
        if !stack.flows.isEmpty {
            out.append(("flows", stack.flows.map { "\($0.from.value) \($0.to.value)" + ($0.label.map { " " + $0 } ?? "") }.joined(separator: "\n")))
        }
        let roles = stack.components.compactMap { c in c.role.map { "\(c.id) \(Self.oneLine($0))" } }
        if !roles.isEmpty { out.append(("component-roles", roles.joined(separator: "\n"))) }
        return out
    }

    /// `key rest of the line` pairs of a line-per-entry annotation.
    static func pairs(_ text: String?) -> [(key: String, rest: String?)] {
        (text ?? "").split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.isEmpty else { return nil }
            guard let space = trimmed.firstIndex(of: " ") else { return (String(trimmed), nil) }
            return (String(trimmed[..<space]), String(trimmed[trimmed.index(after: space)...]))
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
