import StackcatModel

/// The values of a tool file to write, before it exists: from a catalog tool (the example `init`
/// writes) or from the command line (`new tool`). Optional keys left nil are written as commented-out
/// hints, so the file shows every key it may hold.
public struct ToolDraft: Sendable, Equatable {
    public var id: String
    public var name: String
    public var category: String
    public var summary: String
    public var homepage: String
    public var repo: String?
    public var license: String
    public var language: String?
    public var vendor: String?
    public var hosting: Hosting = .selfHosted
    public var lifecycle: Lifecycle = .active
    public var cncf: CNCFMaturity?
    public var since: Int?
    public var aliases: [String] = []
    public var tags: [String] = []
    public var roles: [String] = []
    /// Role ids to suggest in a comment when `roles` is empty.
    public var suggestedRoles: [String] = []
    public var sources: [String] = []
    /// Keys whose value is a stand-in, with what to put there instead; written as a comment on the key.
    public var replace: [String: String] = [:]

    public init(id: String, name: String, category: String, summary: String, homepage: String, license: String) {
        self.id = id
        self.name = name
        self.category = category
        self.summary = summary
        self.homepage = homepage
        self.license = license
    }

    /// A draft of an existing tool, without its description and relations (which name other tools).
    public init(_ tool: Tool) {
        self.init(id: tool.id, name: tool.name, category: tool.category.value, summary: tool.summary,
                  homepage: tool.homepage, license: tool.license)
        repo = tool.repo
        language = tool.language
        vendor = tool.vendor
        hosting = tool.hosting
        lifecycle = tool.lifecycle.value
        cncf = tool.cncf
        since = tool.since
        aliases = tool.aliases.map(\.value)
        tags = tool.tags
        roles = tool.roles.map(\.value)
        sources = tool.sources
    }
}
