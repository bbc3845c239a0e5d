import StackcatModel

/// The filters of `stackcat list`: different kinds combine with AND, repeated values of one kind
/// with OR, and a category includes its descendants.
public struct ToolFilter: Sendable {
    public var categories: [String] = []
    public var roles: [String] = []
    public var tags: [String] = []
    /// Team ids: tools owned by any of them.
    public var owners: [String] = []
    public var stack: String?
    public var lifecycle: Lifecycle?
    public var relatedTo: String?
    public var relationTypes: [String] = []

    public init() {}

    /// The matching tools in id order, or the first id the catalog does not know.
    public func apply(to catalog: Catalog) throws(UnknownIDError) -> [Tool] {
        var categoryIDs: Set<String> = []
        for id in categories {
            try catalog.requireCategory(id)
            categoryIDs.formUnion(catalog.categoryWithDescendants(id))
        }
        for id in roles { try catalog.requireRole(id) }
        for id in owners { try catalog.requireTeam(id) }
        for id in relationTypes { try catalog.requireRelationType(id) }
        var stackIDs: Set<String>?
        if let stack {
            stackIDs = Set(try catalog.requireStack(stack).components.compactMap { $0.tool?.value })
        }
        var relatedIDs: Set<String>?
        if let relatedTo {
            let tool = try catalog.resolveTool(relatedTo)
            let index = RelationIndex(catalog)
            let types = Set(relationTypes)
            relatedIDs = Set(index.edges(of: tool.id).filter { types.isEmpty || types.contains($0.type) }.map(\.other))
        }
        let roleSet = Set(roles)
        let tagSet = Set(tags)
        let ownerSet = Set(owners)
        return catalog.tools.filter { tool in
            if !categories.isEmpty, !tool.allCategories.contains(where: { categoryIDs.contains($0) }) { return false }
            if !roles.isEmpty, !tool.roles.contains(where: { roleSet.contains($0.value) }) { return false }
            if !tags.isEmpty, !tool.tags.contains(where: { tagSet.contains($0) }) { return false }
            if !owners.isEmpty, !(tool.owner.map { ownerSet.contains($0.value) } ?? false) { return false }
            if let stackIDs, !stackIDs.contains(tool.id) { return false }
            if let lifecycle, tool.lifecycle.value != lifecycle { return false }
            if let relatedIDs, !relatedIDs.contains(tool.id) { return false }
            return true
        }
    }
}
