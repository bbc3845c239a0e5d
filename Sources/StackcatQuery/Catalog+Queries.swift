import StackcatModel

extension Catalog {
    /// The tool with this id or alias. Every command that takes a tool id resolves it here, so an
    /// alias works everywhere and an unknown id gets the same "did you mean" (among ids and aliases).
    public func resolveTool(_ id: String, kind: String = "tool") throws(UnknownIDError) -> Tool {
        if let tool = tool(id) { return tool }
        if let owner = toolID(forAlias: id), let tool = tool(owner) { return tool }
        throw UnknownIDError(kind: kind, id: id, among: tools.map(\.id), aliases: aliasOwners)
    }

    /// A tool (by id or alias) or a stack, for `show`.
    public func resolveEntry(_ id: String) throws(UnknownIDError) -> Entry {
        if let stack = stack(id) { return .stack(stack) }
        if let tool = tool(id) ?? toolID(forAlias: id).flatMap({ tool($0) }) { return .tool(tool) }
        var error = UnknownIDError(kind: "tool or stack", id: id, among: tools.map(\.id) + stacks.map(\.id), aliases: aliasOwners)
        error.listing = UnknownIDError.listing(of: "tool", known: []) + "; " + UnknownIDError.listing(of: "stack", known: stacks.map(\.id))
        throw error
    }

    /// What `show` can name.
    public enum Entry: Sendable {
        case tool(Tool)
        case stack(Stack)
    }

    private var aliasOwners: [String: String] {
        var owners: [String: String] = [:]
        for alias in aliases { owners[alias] = toolID(forAlias: alias) }
        return owners
    }

    /// The category with this id; every command that takes a category id resolves it here.
    @discardableResult
    public func requireCategory(_ id: String) throws(UnknownIDError) -> Category {
        if let category = category(id) { return category }
        throw UnknownIDError(kind: "category", id: id, among: categories.map(\.id.value))
    }

    public func requireTeam(_ id: String) throws(UnknownIDError) {
        if team(id) == nil { throw UnknownIDError(kind: "team", id: id, among: teams.map(\.id.value)) }
    }

    /// What a team owns: its tools, and the stack components it owns, by stack.
    public func owned(by team: String) -> (tools: [Tool], components: [(stack: Stack, component: Component)]) {
        let tools = tools.filter { $0.owner?.value == team }
        var components: [(stack: Stack, component: Component)] = []
        for stack in stacks {
            for component in stack.components where component.owner?.value == team { components.append((stack, component)) }
        }
        return (tools, components)
    }

    public func requireRole(_ id: String) throws(UnknownIDError) {
        if role(id) == nil { throw UnknownIDError(kind: "role", id: id, among: roles.map(\.id.value)) }
    }

    public func requireRelationType(_ id: String) throws(UnknownIDError) {
        if relationType(id) == nil { throw UnknownIDError(kind: "relation type", id: id, among: relationTypes.map(\.id.value)) }
    }

    public func requireStack(_ id: String) throws(UnknownIDError) -> Stack {
        if let stack = stack(id) { return stack }
        throw UnknownIDError(kind: "stack", id: id, among: stacks.map(\.id))
    }

    /// The tools that use the role, the category or the relation type, for vocabulary counts.
    public func toolCount(inCategory id: String) -> Int {
        tools.count { tool in tool.allCategories.contains { isCategory($0, within: id) } }
    }

    public func toolCount(withRole id: String) -> Int {
        tools.count { $0.roles.contains { $0.value == id } }
    }

    public func edgeCount(ofType id: String) -> Int {
        tools.reduce(0) { $0 + $1.relations.count { $0.type.value == id } }
    }

    /// Stacks that use the tool, with the component that does.
    public func stacks(using toolID: String) -> [(stack: Stack, component: Component)] {
        stacks.compactMap { stack in
            stack.components.first { $0.tool?.value == toolID }.map { (stack, $0) }
        }
    }
}
