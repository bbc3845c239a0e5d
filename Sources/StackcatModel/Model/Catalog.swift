/// The whole typed catalog, each collection sorted by id, with lookups by id.
public struct Catalog: Sendable, Codable {
    public private(set) var categories: [Category]
    public private(set) var roles: [Role]
    public private(set) var relationTypes: [RelationType]
    public private(set) var tools: [Tool]
    public private(set) var stacks: [Stack]
    /// The teams of `teams.yaml`, empty when the catalog has none.
    public private(set) var teams: [Team]
    /// How many files the catalog was read from.
    public var fileCount: Int
    /// Ids of tool files that exist but could not be read; references to them are not reported
    /// again, since the file's own error says what is wrong.
    public var unreadableToolIDs: Set<String> = []
    /// The `radar:` section of `categories.yaml`, when the file is in its mapping form and has one.
    public var radar: RadarSettings?
    /// `catalog.yaml`, when the catalog has one.
    public var settings: CatalogSettings?

    private var categoryIndex: [String: Int] = [:]
    private var roleIndex: [String: Int] = [:]
    private var relationIndex: [String: Int] = [:]
    private var toolIndex: [String: Int] = [:]
    private var stackIndex: [String: Int] = [:]
    private var teamIndex: [String: Int] = [:]
    /// Alias → the index of the first tool that declares it (validation reports an alias used twice).
    private var aliasIndex: [String: Int] = [:]
    /// The category tree's walks, done once (`Catalog+CategoryTree.swift` reads it).
    private(set) var hierarchy: CategoryHierarchy

    /// Takes the arrays over (pass them as their last use and no element is copied) and sorts them in place.
    public init(
        categories: consuming [Category], roles: consuming [Role], relationTypes: consuming [RelationType],
        tools: consuming [Tool], stacks: consuming [Stack], teams: consuming [Team] = [], fileCount: Int
    ) {
        categories.sort { $0.id.value.utf8Precedes($1.id.value) }
        roles.sort { $0.id.value.utf8Precedes($1.id.value) }
        relationTypes.sort { $0.id.value.utf8Precedes($1.id.value) }
        // Types without a declared colour get the palette's, in id order: the same catalog, the same colours.
        var automatic = 0
        for i in relationTypes.indices where !relationTypes[i].declaresColor || !relationTypes[i].declaresLine {
            let style = EdgeStyle.automatic(automatic)
            if !relationTypes[i].declaresColor { relationTypes[i].style.color = style.color }
            if !relationTypes[i].declaresLine { relationTypes[i].style.line = relationTypes[i].declaresColor ? .solid : style.line }
            automatic += 1
        }
        tools.sort { $0.id.utf8Precedes($1.id) }
        stacks.sort { $0.id.utf8Precedes($1.id) }
        teams.sort { $0.id.value.utf8Precedes($1.id.value) }
        self.categories = categories
        self.roles = roles
        self.relationTypes = relationTypes
        self.tools = tools
        self.stacks = stacks
        self.teams = teams
        self.fileCount = fileCount
        // The first of a duplicated id wins; validation reports the others. By index, since iterating
        // would copy every entry.
        func index<Entry>(_ entries: [Entry], _ id: (borrowing Entry) -> String) -> [String: Int] {
            var index: [String: Int] = [:]
            index.reserveCapacity(entries.count)
            for i in entries.indices {
                let key = id(entries[i])
                if index[key] == nil { index[key] = i }
            }
            return index
        }
        categoryIndex = index(self.categories) { $0.id.value }
        hierarchy = CategoryHierarchy(self.categories, index: categoryIndex)
        roleIndex = index(self.roles) { $0.id.value }
        relationIndex = index(self.relationTypes) { $0.id.value }
        toolIndex = index(self.tools) { $0.id }
        stackIndex = index(self.stacks) { $0.id }
        teamIndex = index(self.teams) { $0.id.value }
        for i in self.tools.indices {
            for alias in self.tools[i].aliases where aliasIndex[alias.value] == nil { aliasIndex[alias.value] = i }
        }
    }

    public func category(_ id: String) -> Category? { categoryIndex[id].map { categories[$0] } }
    /// Where the category is in `categories`.
    func categoryPosition(_ id: String) -> Int? { categoryIndex[id] }
    public func role(_ id: String) -> Role? { roleIndex[id].map { roles[$0] } }
    public func relationType(_ id: String) -> RelationType? { relationIndex[id].map { relationTypes[$0] } }
    public func tool(_ id: String) -> Tool? { toolIndex[id].map { tools[$0] } }
    public func stack(_ id: String) -> Stack? { stackIndex[id].map { stacks[$0] } }
    public func team(_ id: String) -> Team? { teamIndex[id].map { teams[$0] } }

    // Membership without copying the entry out: a `Tool` copy retains every one of its fields.
    public func hasCategory(_ id: String) -> Bool { categoryIndex[id] != nil }
    public func hasRole(_ id: String) -> Bool { roleIndex[id] != nil }
    public func hasTool(_ id: String) -> Bool { toolIndex[id] != nil }
    /// Where the tool is in `tools`: read `tools[i]` in place where a copy would cost.
    public func position(ofTool id: String) -> Int? { toolIndex[id] }

    /// The id of the tool that declares `alias`, if any.
    public func toolID(forAlias alias: String) -> String? { aliasIndex[alias].map { tools[$0].id } }
    /// Every alias, sorted, for "did you mean" among aliases.
    public var aliases: [String] { aliasIndex.keys.sorted { $0.utf8Precedes($1) } }
}
