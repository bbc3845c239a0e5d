/// One key of a tool file, declared once: its key, its value kind, whether it is required, a line of
/// documentation, how it is shown, and where a `Tool` keeps it. `ToolFact.fileFacts` (in
/// `ToolFact+All.swift`) is the one list: the loader reads and checks each key by its kind, the JSON
/// Schema, the `new tool` skeleton and the README's table of keys are generated from it, and
/// `ToolFact.all`, its shown part, drives `show`, `compare`, the docs pages, the site and the JSON shape.
public struct ToolFact: Sendable {
    /// The value of a fact, typed so that each output can render it its own way (a category as a
    /// name, a link or an id; a URL as a link).
    public enum Value: Sendable, Equatable {
        case text(String)
        case url(String)
        /// One of the fixed values of an enumeration (hosting, lifecycle, CNCF maturity).
        case choice(String)
        case year(Int)
        case category(String)
        /// A `teams.yaml` id, shown as the team's name.
        case team(String)
        case categories([String])
        case words([String])
    }

    /// What a key's value is: how the loader reads and checks it, and how the schema types it.
    public enum Kind: Sendable, Equatable {
        /// The tool's own id, which must equal the file name.
        case id
        /// One piece of text.
        case text
        /// One line of text, at most `ToolFact.summaryLimit` characters.
        case summary
        /// Markdown, as long as needed (tabs allowed).
        case markdown
        /// An absolute http(s) URL.
        case url
        /// An SPDX licence expression, `LicenseRef-...` or `Proprietary`.
        case license
        /// One of the given values.
        case choice([String])
        /// A year, written as a number.
        case year
        /// A calendar date, YYYY-MM-DD.
        case date
        /// A category id from `categories.yaml`.
        case category
        /// A team id from `teams.yaml`.
        case team
        /// A list of category ids.
        case categories
        /// A list of texts.
        case words
        /// A list of role ids from `roles.yaml`.
        case roles
        /// A list of `{type, target, note?}` edges.
        case relations
        /// A list of the pages the facts come from: http(s) URLs, or for in-house tools paths too.
        case sources
        /// A picture file inside the catalog (SVG or PNG), by its path relative to the catalog
        /// directory (`LogoCheck`).
        case logo

        /// Whether the value is a list: absent, it is an empty list rather than a missing value.
        public var isList: Bool {
            switch self {
            case .categories, .words, .roles, .relations, .sources: return true
            default: return false
            }
        }
    }

    /// Whether a tool file must have the key.
    public enum Presence: Sendable, Equatable {
        case optional
        case required
        /// Required unless the tool's hosting is one of these.
        case requiredExcept([Hosting])
        /// Required for these hostings, by a validation rule rather than by the loader.
        case requiredFor([Hosting])
    }

    /// A fact's value as the file states it, handed to the fact's storage by the loader.
    package enum Stated: Sendable {
        case text(Located<String>)
        case year(Int)
        case list([Located<String>])
        case relations([Relation])
    }

    /// The declaration's fields, behind one reference: the loader walks the list for every tool file
    /// and the renderers for every tool shown, and a copy of a struct of strings, arrays and closures
    /// retains and releases each of them (Benchmarks/optimisations.md, round five).
    private final class Declaration: Sendable {
        let key: String
        let label: String
        let kind: Kind
        let presence: Presence
        let documentation: String
        let shown: Bool
        let compared: Bool
        let comparedOnlyWhenStated: Bool
        let read: @Sendable (Tool) -> Value?
        let write: @Sendable (inout Tool, consuming Stated) -> Void

        init(
            key: String, label: String, kind: Kind, presence: Presence, documentation: String, shown: Bool, compared: Bool,
            comparedOnlyWhenStated: Bool, read: @escaping @Sendable (Tool) -> Value?,
            write: @escaping @Sendable (inout Tool, consuming Stated) -> Void
        ) {
            self.key = key
            self.label = label
            self.kind = kind
            self.presence = presence
            self.documentation = documentation
            self.shown = shown
            self.compared = compared
            self.comparedOnlyWhenStated = comparedOnlyWhenStated
            self.read = read
            self.write = write
        }
    }

    private let declaration: Declaration

    /// The key in `tools/<id>.yaml`, and in the JSON shape.
    public var key: String { declaration.key }
    public var label: String { declaration.label }
    public var kind: Kind { declaration.kind }
    public var presence: Presence { declaration.presence }
    /// One line on the value, for the README's table, the schema and the skeleton's comments.
    public var documentation: String { declaration.documentation }
    /// Whether `show`, `compare`, the docs, the site and the JSON shape list it among the facts.
    public var shown: Bool { declaration.shown }
    /// Whether `compare` gives the fact a row (lists and links read poorly in a comparison).
    public var compared: Bool { declaration.compared }
    /// Whether `compare` leaves the row out when none of the compared tools states the fact (an
    /// owner row is noise in a catalog without teams).
    public var comparedOnlyWhenStated: Bool { declaration.comparedOnlyWhenStated }
    /// Whether the value is a list: absent, it is an empty list rather than a missing value.
    public var isList: Bool { kind.isList }

    init(
        _ key: String, _ label: String, _ kind: Kind, _ presence: Presence = .optional, doc documentation: String,
        shown: Bool = true, compared: Bool = false, comparedOnlyWhenStated: Bool = false,
        read: @escaping @Sendable (Tool) -> Value?, write: @escaping @Sendable (inout Tool, consuming Stated) -> Void
    ) {
        declaration = Declaration(
            key: key, label: label, kind: kind, presence: presence, documentation: documentation, shown: shown,
            compared: compared, comparedOnlyWhenStated: comparedOnlyWhenStated, read: read, write: write)
    }

    /// The tool's value, or nil when the tool does not state it (an empty list counts as not stated).
    public func value(of tool: Tool) -> Value? {
        let value = declaration.read(tool)
        if case .categories(let items)? = value, items.isEmpty { return nil }
        if case .words(let items)? = value, items.isEmpty { return nil }
        return value
    }

    /// Stores a value the loader has read and checked.
    package func store(_ value: consuming Stated, in tool: inout Tool) {
        declaration.write(&tool, value)
    }

    /// Whether the key must be stated in the file of a tool of this hosting, as the loader checks it
    /// (a rule's requirement, such as an in-house tool's owner, is the validator's).
    public func isRequired(hosting: Hosting?) -> Bool {
        switch presence {
        case .optional, .requiredFor: return false
        case .required: return true
        case .requiredExcept(let exempt): return hosting.map { !exempt.contains($0) } ?? true
        }
    }

    /// The longest summary, in characters.
    public static let summaryLimit = 160

    /// The shown facts, in display order: what `show`, `compare`, the docs pages and the JSON shape list.
    public static let all: [ToolFact] = fileFacts.filter(\.shown)

    /// The keys of a tool file, in their documented order.
    public static let fileKeys: [String] = fileFacts.map(\.key)

    /// The declaration of a key, or nil for a key that tool files do not have.
    public static func named(_ key: String) -> ToolFact? {
        fileFacts.first { $0.key == key }
    }
}
