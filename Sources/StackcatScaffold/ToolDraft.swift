import StackcatModel

/// The values of a tool file to write, before it exists: from a catalog tool (the example `init`
/// writes) or from the command line (`new tool`). Keys without a value are written as commented-out
/// hints, so the file shows every key of `ToolFact.fileFacts` it may hold.
public struct ToolDraft: Sendable, Equatable {
    public var id: String
    /// The keys' values, by key, as `ToolFact` reads them from a tool.
    public var values: [String: ToolFact.Value] = [:]
    /// Role ids to suggest in a comment when `roles` is empty.
    public var suggestedRoles: [String] = []
    /// Keys whose value is a stand-in, with what to put there instead; written as a comment on the key.
    public var replace: [String: String] = [:]

    public init(id: String, name: String, category: String, summary: String, homepage: String, license: String) {
        self.id = id
        values = [
            "name": .text(name), "category": .category(category), "summary": .text(summary),
            "homepage": .url(homepage), "license": .text(license),
            "hosting": .choice(Hosting.selfHosted.rawValue), "lifecycle": .choice(Lifecycle.active.rawValue)
        ]
    }

    /// A draft of an existing tool, without its description and relations (which name other tools).
    public init(_ tool: Tool) {
        id = tool.id
        for fact in ToolFact.fileFacts where fact.kind != .markdown {
            values[fact.key] = fact.value(of: tool)
        }
    }

    /// The category the draft is in.
    public var category: String {
        if case .category(let id)? = values["category"] { return id }
        return ""
    }

    /// The pages the facts come from.
    public var sources: [String] {
        get {
            if case .words(let pages)? = values["sources"] { return pages }
            return []
        }
        set { values["sources"] = newValue.isEmpty ? nil : .words(newValue) }
    }
}
