/// The whole typed catalog, each collection sorted by id, with lookups by id.
public struct Catalog: Sendable {
    public private(set) var categories: [Category]
    public private(set) var roles: [Role]
    public private(set) var relationTypes: [RelationType]
    public private(set) var tools: [Tool]
    public private(set) var stacks: [Stack]
    /// How many files the catalog was read from.
    public var fileCount: Int
    /// Ids of tool files that exist but could not be read; references to them are not reported
    /// again, since the file's own error says what is wrong.
    public var unreadableToolIDs: Set<String> = []

    private var categoryIndex: [String: Int] = [:]
    private var roleIndex: [String: Int] = [:]
    private var relationIndex: [String: Int] = [:]
    private var toolIndex: [String: Int] = [:]
    private var stackIndex: [String: Int] = [:]

    public init(categories: [Category], roles: [Role], relationTypes: [RelationType], tools: [Tool],
                stacks: [Stack], fileCount: Int) {
        self.categories = categories.sorted { $0.id.value.utf8.lexicographicallyPrecedes($1.id.value.utf8) }
        self.roles = roles.sorted { $0.id.value.utf8.lexicographicallyPrecedes($1.id.value.utf8) }
        self.relationTypes = relationTypes.sorted { $0.id.value.utf8.lexicographicallyPrecedes($1.id.value.utf8) }
        self.tools = tools.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        self.stacks = stacks.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        self.fileCount = fileCount
        // The first of a duplicated id wins; validation reports the others.
        for (i, c) in self.categories.enumerated() where categoryIndex[c.id.value] == nil { categoryIndex[c.id.value] = i }
        for (i, r) in self.roles.enumerated() where roleIndex[r.id.value] == nil { roleIndex[r.id.value] = i }
        for (i, r) in self.relationTypes.enumerated() where relationIndex[r.id.value] == nil { relationIndex[r.id.value] = i }
        for (i, t) in self.tools.enumerated() where toolIndex[t.id] == nil { toolIndex[t.id] = i }
        for (i, s) in self.stacks.enumerated() where stackIndex[s.id] == nil { stackIndex[s.id] = i }
    }

    public func category(_ id: String) -> Category? { categoryIndex[id].map { categories[$0] } }
    public func role(_ id: String) -> Role? { roleIndex[id].map { roles[$0] } }
    public func relationType(_ id: String) -> RelationType? { relationIndex[id].map { relationTypes[$0] } }
    public func tool(_ id: String) -> Tool? { toolIndex[id].map { tools[$0] } }
    public func stack(_ id: String) -> Stack? { stackIndex[id].map { stacks[$0] } }

    // Membership without copying the entry out: a `Tool` copy retains every one of its fields.
    public func hasCategory(_ id: String) -> Bool { categoryIndex[id] != nil }
    public func hasRole(_ id: String) -> Bool { roleIndex[id] != nil }
    public func hasTool(_ id: String) -> Bool { toolIndex[id] != nil }
}
