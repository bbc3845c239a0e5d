/// One tool or pattern (`tools/<id>.yaml`).
public struct Tool: Sendable, Hashable, Codable {
    public var id: String
    public var path: String
    public var name: String
    public var category: Located<String>
    public var categories: [Located<String>]
    public var summary: String
    public var description: String?
    public var homepage: String
    public var repo: String?
    public var license: String
    public var language: String?
    public var vendor: String?
    public var hosting: Hosting
    /// The team that owns the tool (`owner`, a `teams.yaml` id); required for in-house tools.
    public var owner: Located<String>? = nil
    public var lifecycle: Located<Lifecycle>
    public var cncf: CNCFMaturity?
    public var since: Int?
    public var aliases: [Located<String>]
    public var tags: [String]
    public var roles: [Located<String>]
    public var relations: [Relation]
    public var sources: [String]
    /// Where the `sources` key is, or nil when the file has none.
    public var sourcesSpan: SourceSpan?
    /// When the lifecycle last changed (`lifecycle_since`, YYYY-MM-DD), for fact checks.
    public var lifecycleSince: Located<String>? = nil
    /// Where some facts' values are (`repo`, `cncf`), for fact checks.
    public var factSpans: [String: SourceSpan] = [:]
    /// The picture shown for the tool (`logo`, a path inside the catalog), checked by `LogoCheck`.
    public var logo: Located<String>? = nil
    /// The values of facts declared without a stored property of their own (`ToolFact.other`), by key.
    public var otherFacts: [String: Located<String>] = [:]

    package init(
        id: String,
        path: String,
        name: String,
        category: Located<String>,
        categories: [Located<String>],
        summary: String,
        description: String? = nil,
        homepage: String,
        repo: String? = nil,
        license: String,
        language: String? = nil,
        vendor: String? = nil,
        hosting: Hosting,
        owner: Located<String>? = nil,
        lifecycle: Located<Lifecycle>,
        cncf: CNCFMaturity? = nil,
        since: Int? = nil,
        aliases: [Located<String>],
        tags: [String],
        roles: [Located<String>],
        relations: [Relation],
        sources: [String],
        sourcesSpan: SourceSpan? = nil,
        lifecycleSince: Located<String>? = nil,
        factSpans: [String: SourceSpan] = [:]
    ) {
        self.id = id
        self.path = path
        self.name = name
        self.category = category
        self.categories = categories
        self.summary = summary
        self.description = description
        self.homepage = homepage
        self.repo = repo
        self.license = license
        self.language = language
        self.vendor = vendor
        self.hosting = hosting
        self.owner = owner
        self.lifecycle = lifecycle
        self.cncf = cncf
        self.since = since
        self.aliases = aliases
        self.tags = tags
        self.roles = roles
        self.relations = relations
        self.sources = sources
        self.sourcesSpan = sourcesSpan
        self.lifecycleSince = lifecycleSince
        self.factSpans = factSpans
    }

    /// Every category the tool belongs to: the primary one first, then the secondary ones.
    public var allCategories: [String] {
        [category.value] + categories.map(\.value)
    }
}

/// An outgoing edge declared in a tool file.
public struct Relation: Sendable, Hashable, Codable {
    public var type: Located<String>
    public var target: Located<String>
    public var note: String?

    public init(type: Located<String>, target: Located<String>, note: String?) {
        self.type = type
        self.target = target
        self.note = note
    }
}

public enum Hosting: String, Sendable, CaseIterable, Codable {
    case selfHosted = "self-hosted"
    case managed, saas, library, specification, pattern
    /// A team's own service: homepage, repository, licence and vendor are optional, an owner is not.
    case inHouse = "in-house"
}

public enum Lifecycle: String, Sendable, CaseIterable, Codable {
    case active, deprecated, archived, superseded
}

public enum CNCFMaturity: String, Sendable, CaseIterable, Codable {
    case graduated, incubating, sandbox, archived
}
