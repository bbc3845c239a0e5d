import CatalogLayout
import StackcatModel
import StackcatYAML

/// Renders drafts as commented YAML files that `validate` and the JSON Schemas accept. Every value
/// goes through `YAMLWriter`, so a name such as `yes` or `Foo: bar` stays a string.
public enum EntryTemplate {
    /// Trailing comments start at this column when the line leaves room.
    static let commentColumn = 36

    /// A tool file with a line for every key of `ToolFact.fileFacts`, in their order: the draft's
    /// values, and commented-out hints for the keys it leaves out.
    public static func tool(_ draft: ToolDraft) -> String {
        var out = Lines(replace: draft.replace)
        let path = CatalogLayout.path(forTool: draft.id)
        out.raw(CatalogSchemas.modeline(forCatalogPath: path)!)
        out.raw("# A tool: one file per tool, named after its id (\(path)). 'stackcat validate' checks")
        out.raw("# every value and reference; keys marked optional may be left out.")
        for fact in ToolFact.fileFacts {
            let key = fact.key
            let value = draft.values[key].map(yaml)
            let comment = comment(fact)
            switch fact.kind {
            case .id:
                continue
            case .markdown:
                out.raw(Lines.withComment("# \(key): |", comment))
                out.raw("#   What it is, how it is used here.")
            case .roles where value == nil:
                let hint = draft.suggestedRoles.isEmpty ? "[a-role]" : YAMLWriter.list(draft.suggestedRoles)
                out.raw(Lines.withComment("# \(key): \(hint)", comment))
                if !draft.suggestedRoles.isEmpty {
                    out.raw("#   (roles other tools in category '\(draft.category)' have)")
                }
            case .relations:
                out.raw(Lines.withComment("# \(key):", comment))
                out.raw(Lines.withComment("#   - type: runs-on", "an id from relations.yaml"))
                out.raw(Lines.withComment("#     target: another-tool", "a tool id"))
                out.raw(Lines.withComment("#     note: How or why.", "optional"))
            case .sources:
                let inHouse = draft.values["hosting"] == .choice(Hosting.inHouse.rawValue)
                out.list(
                    key, draft.sources.map(YAMLWriter.scalar), comment,
                    missing: inHouse
                        ? Lines.withComment("# \(key): [docs/README.md]", "optional: internal pages or paths in the repository")
                        : "# \(key): [https://where.the.facts/come-from]   # 'validate --strict' asks for them")
            case .date:
                // Unquoted, as people write dates: validate and the schemas both take it.
                if case .text(let date)? = draft.values[key], CalendarDate.problem(iso: date) == nil {
                    out.key(key, date, comment)
                } else {
                    out.optional(key, value, placeholder: placeholder(fact), comment)
                }
            default:
                out.optional(key, value, placeholder: placeholder(fact), comment)
            }
        }
        return out.text
    }

    /// A value as the file writes it; every text goes through `YAMLWriter`.
    static func yaml(_ value: ToolFact.Value) -> String {
        switch value {
        case .text(let text), .url(let text), .choice(let text), .category(let text), .team(let text): return YAMLWriter.scalar(text)
        case .year(let year): return String(year)
        case .categories(let items), .words(let items): return YAMLWriter.list(items)
        }
    }

    /// The comment beside a key: its documentation (the values of a choice), marked when optional.
    static func comment(_ fact: ToolFact) -> String {
        var text = fact.documentation
        if case .choice(let values) = fact.kind { text = values.joined(separator: " | ") }
        text.removeAll { $0 == "`" }
        switch fact.presence {
        case .required: return text
        case .optional: return "optional: " + text
        case .requiredExcept(let exempt): return text + " (optional for " + exempt.map(\.rawValue).joined(separator: ", ") + ")"
        case .requiredFor(let hostings): return text + " (required for " + hostings.map(\.rawValue).joined(separator: ", ") + ")"
        }
    }

    /// What a commented-out key shows as its value.
    static func placeholder(_ fact: ToolFact) -> String {
        switch fact.kind {
        case .url: return "https://example.org/"
        case .choice(let values): return values.first ?? ""
        case .year: return "2015"
        case .date: return "2026-01-31"
        case .category, .team: return "an-id"
        case .categories, .roles: return "[an-id]"
        case .words: return "[some, words]"
        case .logo: return "logos/\(fact.key).svg"
        default: return YAMLWriter.scalar(fact.label)
        }
    }

    public static func stack(_ draft: StackDraft) -> String {
        var out = Lines(replace: draft.replace)
        out.raw(CatalogSchemas.modeline(forCatalogPath: CatalogLayout.path(forStack: draft.id))!)
        out.raw("# A stack: a named architecture, the tools and in-house parts it uses, and how they connect.")
        out.raw("# One file per stack, named after its id (\(CatalogLayout.path(forStack: draft.id))).")
        out.key("name", YAMLWriter.scalar(draft.name))
        out.key("summary", YAMLWriter.scalar(draft.summary), "one line, at most 160 characters")
        if let description = draft.description {
            out.raw(Lines.withComment("description: |", "optional: Markdown"))
            for line in description.split(separator: "\n", omittingEmptySubsequences: false) {
                out.raw(line.isEmpty ? "" : "  " + line)
            }
        } else {
            out.raw(Lines.withComment("# description: |", "optional: Markdown"))
            out.raw("#   What it is for, what it replaced, what is planned.")
        }
        // Unquoted, as people write dates: validate and the schemas both take it.
        out.optional("as_of", draft.asOf, placeholder: "2026-01-31", "optional: the date this was true (YYYY-MM-DD)")
        out.optional("reviewed", draft.reviewed, placeholder: "2026-01-31", "optional: the day its facts and rings were last checked")
        out.list(
            "sources", draft.sources.map(YAMLWriter.scalar), "pages the description comes from",
            missing: "# sources: [https://where.the.facts/come-from]   # 'validate --strict' asks for them")
        if let instead = draft.replace["components"] { out.raw("\(Placeholder.marker) \(instead)") }
        out.raw(Lines.withComment("components:", "at least one"))
        for part in draft.components {
            switch part.kind {
            case .tool(let id):
                out.raw(Lines.withComment("  - tool: \(id)", "a tool id from tools/"))
            case .inHouse(let id, let name, let category):
                out.raw(Lines.withComment("  - id: \(id)", "an in-house part, not a catalog tool"))
                out.raw("    name: " + YAMLWriter.scalar(name))
                if let category {
                    out.raw(Lines.withComment("    category: \(category)", "optional: an id from categories.yaml"))
                }
            }
            out.raw(Lines.withComment("    ring: \(part.ring.rawValue)", Ring.allCases.map(\.rawValue).joined(separator: " | ")))
            if let role = part.role {
                out.raw("    role: " + YAMLWriter.scalar(role))
            } else {
                out.raw("    # role: What it does in this stack.")
            }
            if let owner = part.owner {
                out.raw(Lines.withComment("    owner: \(owner)", "a team id from teams.yaml"))
            } else {
                out.raw(Lines.withComment("    # owner: a-team-id", "optional: a team id from teams.yaml"))
            }
            if let reviewed = part.reviewed {
                out.raw(Lines.withComment("    reviewed: \(reviewed)", "the day its ring was last reviewed"))
            } else {
                out.raw(Lines.withComment("    # reviewed: 2026-01-31", "optional: the day its ring was last reviewed"))
            }
        }
        if draft.flows.isEmpty {
            out.raw(Lines.withComment("# flows:", "optional: edges specific to this stack"))
            out.raw("#   - from: a-component-id")
            out.raw("#     to: another-component-id")
            out.raw("#     label: what goes along it")
        } else {
            out.raw(Lines.withComment("flows:", "optional: edges specific to this stack"))
            for flow in draft.flows {
                out.raw("  - from: \(flow.from)")
                out.raw("    to: \(flow.to)")
                if let label = flow.label { out.raw("    label: " + YAMLWriter.scalar(label)) }
            }
        }
        return out.text
    }

    /// A display name from an id: `external-dns` → `External Dns`; the user corrects the capitals.
    public static func name(fromID id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// Lines of a YAML file with aligned trailing comments.
struct Lines {
    var text = ""
    let replace: [String: String]

    init(replace: [String: String]) { self.replace = replace }

    static func withComment(_ line: String, _ comment: String?) -> String {
        guard let comment else { return line }
        let width = line.unicodeScalars.count
        let pad = width < EntryTemplate.commentColumn ? EntryTemplate.commentColumn - width : 1
        return line + String(repeating: " ", count: pad) + "# " + comment
    }

    mutating func raw(_ line: String) { text += line + "\n" }

    /// `key: value` with a comment; a stand-in value gets "replace: ..." instead, on the line above
    /// when the line is long.
    mutating func key(_ key: String, _ value: String, _ comment: String? = nil) {
        let line = "\(key): \(value)"
        if let instead = replace[key] {
            raw("\(Placeholder.marker) \(instead)")
            raw(Lines.withComment(line, comment))
        } else if let comment, line.unicodeScalars.count >= EntryTemplate.commentColumn {
            raw("# " + comment)
            raw(line)
        } else {
            raw(Lines.withComment(line, comment))
        }
    }

    mutating func optional(_ key: String, _ value: String?, placeholder: String, _ comment: String) {
        if let value { self.key(key, value, comment) } else { raw(Lines.withComment("# \(key): \(placeholder)", comment)) }
    }

    mutating func list(_ key: String, _ items: [String], _ comment: String, missing: String) {
        guard !items.isEmpty else {
            raw(missing)
            return
        }
        if let instead = replace[key] { raw("\(Placeholder.marker) \(instead)") }
        raw(Lines.withComment("\(key):", comment))
        for item in items { raw("  - " + item) }
    }
}

extension EntryTemplate {
    /// One entry of teams.yaml, with the optional keys it leaves out as commented lines.
    public static func team(_ draft: TeamDraft) -> String {
        var out = Lines(replace: [:])
        out.raw("- id: \(draft.id)")
        out.raw("  name: " + YAMLWriter.scalar(draft.name))
        if let description = draft.description {
            out.raw("  description: " + YAMLWriter.scalar(description))
        } else {
            out.raw(Lines.withComment("  # description: One sentence.", "optional"))
        }
        if let contact = draft.contact {
            out.raw("  contact: " + YAMLWriter.scalar(contact))
        } else {
            out.raw(Lines.withComment("  # contact: team@example.org", "optional: an email address or an http(s) URL"))
        }
        if let parent = draft.parent {
            out.raw(Lines.withComment("  parent: \(parent)", "the team it is part of"))
        } else {
            out.raw(Lines.withComment("  # parent: a-team-id", "optional: the team it is part of"))
        }
        return out.text
    }

    /// The start of a new teams.yaml: its modeline and what it holds.
    public static func teamsHeader(relativePath: String) -> String {
        """
        \(CatalogSchemas.modeline(forCatalogPath: relativePath)!)
        # The teams: who owns in-house tools ('owner:' on a tool) and stack components ('owner:' on a
        # component). Add one with 'stackcat new team ID --name NAME'.
        #   id           lower-case kebab-case, at most 64 characters; what 'owner' refers to
        #   name         shown in listings, docs and the site
        #   description  optional: one sentence
        #   contact      optional: an email address or an http(s) URL
        #   parent       optional: the id of the team it is part of; teams form a tree

        """
    }
}
