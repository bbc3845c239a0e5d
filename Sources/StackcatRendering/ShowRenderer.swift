import StackcatModel
import StackcatQuery

/// `stackcat show`: one tool or stack with everything the catalog knows about it.
public struct ShowRenderer: Sendable {
    public let catalog: Catalog
    public var options: RenderOptions

    public init(catalog: Catalog, options: RenderOptions = .plain) {
        self.catalog = catalog
        self.options = options
    }

    func bold(_ text: String) -> String {
        options.color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func categoryLabel(_ id: String) -> String {
        guard let category = catalog.category(id) else { return id }
        return "\(category.name) (\(id))"
    }

    /// Facts of a tool as (label, value) rows; absent facts are left out.
    public func facts(_ tool: Tool) -> [(String, String)] {
        Self.facts(tool, category: categoryLabel, team: teamLabel, url: { $0 }, text: { $0 })
    }

    func teamLabel(_ id: String) -> String {
        guard let team = catalog.team(id) else { return id }
        return "\(team.name) (\(id))"
    }

    /// The facts of a tool in the order of `ToolFact.all`, for `show` and the docs pages alike:
    /// `category` renders a category reference, `team` a team reference, `url` a link, `text` catalog
    /// text (escaped for Markdown, or left as it is).
    static func facts(
        _ tool: Tool, category: (String) -> String, team: (String) -> String, url: (String) -> String,
        text: (String) -> String
    ) -> [(String, String)] {
        ToolFact.all.compactMap { fact in
            guard let value = fact.value(of: tool) else { return nil }
            let shown: String
            switch value {
            case .text(let string): shown = text(string)
            case .url(let link): shown = url(link)
            case .choice(let choice): shown = choice
            case .year(let year): shown = String(year)
            case .category(let id): shown = category(id)
            case .team(let id): shown = team(id)
            case .categories(let ids): shown = ids.map(category).joined(separator: ", ")
            case .words(let words): shown = words.map(text).joined(separator: ", ")
            }
            return (fact.label, shown)
        }
    }

    public func text(_ tool: Tool) -> String {
        let s = TerminalText.sanitize
        var out = bold(s(tool.name)) + "  (\(tool.id))\n" + s(tool.summary) + "\n\n"
        let facts = facts(tool)
        let width = facts.map { $0.0.count }.max() ?? 0
        for (label, value) in facts {
            out += "  " + TerminalText.pad(label, to: width) + "  " + s(value) + "\n"
        }
        if !tool.roles.isEmpty {
            out += "\n" + bold("Roles") + "\n"
            let rows = tool.roles.map { [$0.value, catalog.role($0.value)?.name ?? ""] }
            out += indented(rows)
        }
        let edges = RelationIndex(catalog).edges(of: tool.id)
        if !edges.isEmpty {
            out += "\n" + bold("Relations") + "\n"
            let rows = edges.map { edge -> [String] in
                let other = catalog.tool(edge.other)
                return [edge.label, edge.other, other.map { s($0.name) } ?? "", edge.note.map(s) ?? ""]
            }
            out += indented(rows)
        }
        let uses = catalog.stacks(using: tool.id)
        if !uses.isEmpty {
            out += "\n" + bold("Stacks") + "\n"
            out += indented(uses.map { [$0.stack.id, $0.component.ring.rawValue, s($0.component.role ?? "")] })
        }
        if let description = tool.description {
            out += "\n" + bold("Description") + "\n" + indentedText(description)
        }
        if !tool.sources.isEmpty {
            out += "\n" + bold("Sources") + "\n"
            out += tool.sources.map { "  " + s($0) + "\n" }.joined()
        }
        return out
    }

    public func text(_ stack: Stack) -> String {
        let s = TerminalText.sanitize
        var out = bold(s(stack.name)) + "  (\(stack.id))\n" + s(stack.summary) + "\n"
        if let asOf = stack.asOf { out += "As of \(asOf)\n" }
        let owners = stack.components.contains { $0.owner != nil }
        let reviews = stack.components.contains { $0.reviewed != nil }
        for ring in Ring.allCases {
            let members = stack.components.filter { $0.ring == ring }
            guard !members.isEmpty else { continue }
            out += "\n" + bold("Ring: \(ring.rawValue)") + "\n"
            out += indented(
                members.map { c in
                    [c.id, c.isInHouse ? s(c.inHouseDisplayName) : s(catalog.tool(c.id)?.name ?? "")]
                        + (owners ? [c.owner.map { s(teamLabel($0.value)) } ?? ""] : [])
                        + (reviews ? [c.reviewed.map { "reviewed " + $0.value } ?? ""] : []) + [s(c.role ?? "")]
                })
        }
        if !stack.flows.isEmpty {
            out += "\n" + bold("Flows") + "\n"
            out += indented(stack.flows.map { ["\($0.from.value) → \($0.to.value)", s($0.label ?? "")] })
        }
        if let description = stack.description {
            out += "\n" + bold("Description") + "\n" + indentedText(description)
        }
        if !stack.sources.isEmpty {
            out += "\n" + bold("Sources") + "\n"
            out += stack.sources.map { "  " + s($0) + "\n" }.joined()
        }
        return out
    }

    /// Free text indented by two spaces, without trailing blank lines.
    func indentedText(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitize(String($0)) }
        while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
        return lines.map { $0.isEmpty ? "\n" : "  " + $0 + "\n" }.joined()
    }

    /// Rows aligned in columns, indented by two spaces, without a header.
    func indented(_ rows: [[String]]) -> String {
        guard let count = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalText.width(cell)) } }
        return rows.map { row in
            var line = "  "
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : TerminalText.pad(cell, to: widths[i]) + "  "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    // MARK: Markdown

    public func markdown(_ tool: Tool) -> String {
        let e = Markdown.escapeInline
        var out = "# \(e(tool.name))\n\n\(e(tool.summary))\n\n"
        out += MarkdownTableFormat().render(
            Table(
                columns: [.init("Fact"), .init("Value")],
                rows: facts(tool).map { [$0.0, $0.1] }), options: .plain)
        if !tool.roles.isEmpty {
            out += "\n## Roles\n\n"
            out += tool.roles.map { "- \(e(catalog.role($0.value)?.name ?? $0.value)) (`\($0.value)`)\n" }.joined()
        }
        let edges = RelationIndex(catalog).edges(of: tool.id)
        if !edges.isEmpty {
            out += "\n## Relations\n\n"
            out += edges.map { edge in
                let name = catalog.tool(edge.other)?.name ?? edge.other
                return "- \(e(edge.label)) \(e(name)) (`\(edge.other)`)" + (edge.note.map { ": \(e($0))" } ?? "") + "\n"
            }.joined()
        }
        let uses = catalog.stacks(using: tool.id)
        if !uses.isEmpty {
            out += "\n## Stacks\n\n"
            out += uses.map {
                "- \(e($0.stack.name)) (`\($0.stack.id)`), \($0.component.ring.rawValue)"
                    + ($0.component.role.map { ": \(e($0))" } ?? "") + "\n"
            }.joined()
        }
        if let description = tool.description {
            out += "\n## Description\n\n" + MarkdownBlock.paragraphs(description) + "\n"
        }
        if !tool.sources.isEmpty {
            out += "\n## Sources\n\n" + tool.sources.map { "- " + Markdown.link($0, to: $0) + "\n" }.joined()
        }
        return out
    }

    public func markdown(_ stack: Stack) -> String {
        let e = Markdown.escapeInline
        var out = "# \(e(stack.name))\n\n\(e(stack.summary))\n"
        if let asOf = stack.asOf { out += "\nAs of \(asOf).\n" }
        for ring in Ring.allCases {
            let members = stack.components.filter { $0.ring == ring }
            guard !members.isEmpty else { continue }
            out += "\n## \(Comparison.capitalized(ring.rawValue))\n\n"
            out += MarkdownTableFormat().render(
                Table(
                    columns: [.init("Component"), .init("Id"), .init("Role in the stack")],
                    rows: members.map { c in
                        [c.isInHouse ? c.inHouseDisplayName : catalog.tool(c.id)?.name ?? c.id, c.id, c.role ?? ""]
                    }), options: .plain)
        }
        if !stack.flows.isEmpty {
            out += "\n## Flows\n\n"
            out += MarkdownTableFormat().render(
                Table(
                    columns: [.init("From"), .init("To"), .init("What")],
                    rows: stack.flows.map { [$0.from.value, $0.to.value, $0.label ?? ""] }),
                options: .plain)
        }
        if let description = stack.description {
            out += "\n## Description\n\n" + MarkdownBlock.paragraphs(description) + "\n"
        }
        if !stack.sources.isEmpty {
            out += "\n## Sources\n\n" + stack.sources.map { "- " + Markdown.link($0, to: $0) + "\n" }.joined()
        }
        return out
    }
}

enum MarkdownBlock {
    /// Free text from the catalog as escaped paragraphs: blank lines separate paragraphs, and nothing
    /// in it becomes a heading, list, HTML or link.
    static func paragraphs(_ text: String) -> String {
        texts(text).map { Markdown.escapeInline($0) }.joined(separator: "\n\n")
    }

    /// The paragraphs of free text, unescaped: blank lines separate them, and the lines of one are
    /// joined with a space.
    static func texts(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSpacesAndTabs()
            if trimmed.isEmpty {
                if !current.isEmpty {
                    paragraphs.append(current.joined(separator: " "))
                    current = []
                }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}

extension Substring {
    func trimmingSpacesAndTabs() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
