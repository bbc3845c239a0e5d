extension ToolFact {
    /// Every key of a tool file, in its documented order: identity and prose, then the shown facts in
    /// display order, then the lists of links. A new tool field is one line here; without a key path
    /// its value is kept in `Tool.otherFacts`.
    public static let fileFacts: [ToolFact] = [
        ToolFact("id", "Id", .id, doc: "must equal the file name", shown: false, read: { _ in nil }, write: { _, _ in }),
        text("name", "Name", .text, .required, doc: "display name", shown: false, \.name),
        text("summary", "Summary", .summary, .required, doc: "one line, at most \(summaryLimit) characters", shown: false, \.summary),
        text("description", "Description", .markdown, doc: "Markdown", shown: false, \.description),
        ToolFact(
            "category", "Category", .category, .required, doc: "primary category id", compared: true,
            read: { .category($0.category.value) }, write: { tool, value in if case .text(let id) = value { tool.category = id } }),
        list("categories", "Also in", .categories, doc: "secondary category ids", \.categories),
        choice(
            "hosting", "Hosting", .required,
            doc: "`self-hosted`, `managed`, `saas`, `library`, `specification`, `pattern`, or `in-house` for a team's own service",
            compared: true, \Tool.hosting),
        ToolFact(
            "lifecycle", "Lifecycle", .choice(Lifecycle.allCases.map(\.rawValue)), .required,
            doc: "`active`, `deprecated`, `archived`, `superseded` (needs a `superseded-by` relation)", compared: true,
            read: { .choice($0.lifecycle.value.rawValue) },
            write: { tool, value in
                if case .text(let text) = value, let lifecycle = Lifecycle(rawValue: text.value) {
                    tool.lifecycle = Located(lifecycle, span: text.span)
                }
            }),
        located(
            "lifecycle_since", "Lifecycle since", .date,
            doc: "`YYYY-MM-DD` the lifecycle changed (not on active tools); a stack dated later that adopts the tool gets a warning",
            \.lifecycleSince),
        text(
            "license", "License", .license, .requiredExcept([.pattern, .inHouse]),
            doc: "an SPDX licence expression of ids on the SPDX License List (`Apache-2.0`, `MIT OR Apache-2.0`), `LicenseRef-...`, or `Proprietary`",
            compared: true, \.license),
        text("language", "Language", .text, doc: "main implementation language", compared: true, \.language),
        text("vendor", "Vendor", .text, doc: "who maintains it", compared: true, \.vendor),
        located(
            "owner", "Owner", .team, .requiredFor([.inHouse]), doc: "a team id from `teams.yaml`", compared: true,
            comparedOnlyWhenStated: true, \.owner),
        choice("cncf", "CNCF", .optional, doc: "CNCF maturity: `graduated`, `incubating`, `sandbox`, `archived`", compared: true, \Tool.cncf),
        ToolFact(
            "since", "Since", .year, doc: "year of first public release, unquoted", compared: true,
            read: { $0.since.map(Value.year) }, write: { tool, value in if case .year(let year) = value { tool.since = year } }),
        text("homepage", "Homepage", .url, .requiredExcept([.inHouse]), doc: "http(s) URL of the project's own site", \.homepage),
        text("repo", "Repository", .url, doc: "http(s) URL of the source repository", \.repo),
        ToolFact(
            "logo", "Logo", .logo,
            doc: "an SVG or PNG file inside the catalog, relative to it (`logos/argo-cd.svg`), at most 256 KiB; an SVG without scripts or external references",
            shown: false, read: { $0.logo.map { .text($0.value) } },
            write: { tool, value in if case .text(let text) = value { tool.logo = text } }),
        list("aliases", "Aliases", .words, doc: "other names people search for", \.aliases),
        ToolFact(
            "tags", "Tags", .words, doc: "free tags", read: { .words($0.tags) },
            write: { tool, value in if case .list(let items) = value { tool.tags = items.map(\.value) } }),
        list("roles", "Roles", .roles, doc: "role ids from `roles.yaml`", shown: false, \.roles),
        ToolFact(
            "relations", "Relations", .relations, doc: "edges to other tools: a list of `{type, target, note?}`", shown: false,
            read: { _ in nil }, write: { tool, value in if case .relations(let relations) = value { tool.relations = relations } }),
        ToolFact(
            "sources", "Sources", .sources,
            doc:
                "http(s) URLs the facts come from (`validate --strict` asks for them, except for in-house tools); in-house tools may also cite paths inside the repository",
            shown: false, read: { .words($0.sources) },
            write: { tool, value in if case .list(let items) = value { tool.sources = items.map(\.value) } }),
        other(
            "reviewed", "Reviewed", .date,
            doc: "`YYYY-MM-DD` the facts were last checked against their sources; `validate --max-age` warns when it is too old")
    ]

    /// A text kept as a plain string (the empty string when absent).
    @inline(__always)
    static func text(
        _ key: String, _ label: String, _ kind: Kind, _ presence: Presence = .optional, doc documentation: String,
        shown: Bool = true, compared: Bool = false, _ path: WritableKeyPath<Tool, String> & Sendable
    ) -> ToolFact {
        ToolFact(
            key, label, kind, presence, doc: documentation, shown: shown, compared: compared,
            read: { tool in tool[keyPath: path].isEmpty ? nil : display(tool[keyPath: path], kind) },
            write: { tool, value in if case .text(let text) = value { tool[keyPath: path] = text.value } })
    }

    /// An optional text.
    @inline(__always)
    static func text(
        _ key: String, _ label: String, _ kind: Kind, _ presence: Presence = .optional, doc documentation: String,
        shown: Bool = true, compared: Bool = false, _ path: WritableKeyPath<Tool, String?> & Sendable
    ) -> ToolFact {
        ToolFact(
            key, label, kind, presence, doc: documentation, shown: shown, compared: compared,
            read: { tool in tool[keyPath: path].map { display($0, kind) } },
            write: { tool, value in if case .text(let text) = value { tool[keyPath: path] = text.value } })
    }

    /// An optional text that keeps its position, for later checks.
    @inline(__always)
    static func located(
        _ key: String, _ label: String, _ kind: Kind, _ presence: Presence = .optional, doc documentation: String,
        compared: Bool = false, comparedOnlyWhenStated: Bool = false,
        _ path: WritableKeyPath<Tool, Located<String>?> & Sendable
    ) -> ToolFact {
        ToolFact(
            key, label, kind, presence, doc: documentation, compared: compared, comparedOnlyWhenStated: comparedOnlyWhenStated,
            read: { tool in tool[keyPath: path].map { display($0.value, kind) } },
            write: { tool, value in if case .text(let text) = value { tool[keyPath: path] = text } })
    }

    /// A list of texts that keep their positions.
    @inline(__always)
    static func list(
        _ key: String, _ label: String, _ kind: Kind, doc documentation: String, shown: Bool = true,
        _ path: WritableKeyPath<Tool, [Located<String>]> & Sendable
    ) -> ToolFact {
        ToolFact(
            key, label, kind, doc: documentation, shown: shown,
            read: { tool in kind == .categories ? .categories(tool[keyPath: path].map(\.value)) : .words(tool[keyPath: path].map(\.value)) },
            write: { tool, value in if case .list(let items) = value { tool[keyPath: path] = items } })
    }

    /// One of an enumeration's values.
    @inline(__always)
    static func choice<E: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ label: String, _ presence: Presence, doc documentation: String, compared: Bool,
        _ path: WritableKeyPath<Tool, E> & Sendable
    ) -> ToolFact where E.RawValue == String {
        ToolFact(
            key, label, .choice(E.allCases.map(\.rawValue)), presence, doc: documentation, compared: compared,
            read: { .choice($0[keyPath: path].rawValue) },
            write: { tool, value in if case .text(let text) = value, let e = E(rawValue: text.value) { tool[keyPath: path] = e } })
    }

    /// One of an enumeration's values, or none.
    @inline(__always)
    static func choice<E: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ label: String, _ presence: Presence, doc documentation: String, compared: Bool,
        _ path: WritableKeyPath<Tool, E?> & Sendable
    ) -> ToolFact where E.RawValue == String {
        ToolFact(
            key, label, .choice(E.allCases.map(\.rawValue)), presence, doc: documentation, compared: compared,
            read: { $0[keyPath: path].map { .choice($0.rawValue) } },
            write: { tool, value in if case .text(let text) = value, let e = E(rawValue: text.value) { tool[keyPath: path] = e } })
    }

    /// A new optional fact of one value (a URL, a text, a choice, a date), kept in `Tool.otherFacts`:
    /// adding one takes this line and nothing else in the code.
    static func other(_ key: String, _ label: String, _ kind: Kind, doc documentation: String, compared: Bool = false) -> ToolFact {
        ToolFact(
            key, label, kind, doc: documentation, compared: compared,
            read: { tool in tool.otherFacts[key].map { display($0.value, kind) } },
            write: { tool, value in if case .text(let text) = value { tool.otherFacts[key] = text } })
    }

    /// How a single value of a kind is shown.
    static func display(_ text: String, _ kind: Kind) -> Value {
        switch kind {
        case .url: return .url(text)
        case .choice: return .choice(text)
        case .category: return .category(text)
        case .team: return .team(text)
        default: return .text(text)
        }
    }
}
