import StackcatModel

/// What `CatalogDiff` compares of one kind of entry: its id, its facts as text in a fixed order (the
/// same keys on both sides), and the tools' relations and the stacks' components.
protocol DiffEntry: Equatable {
    var diffID: String { get }
    var diffAliases: [String] { get }
    func diffName(in catalog: Catalog) -> String
    /// `renames` maps old ids to new ones, for facts that name other entries (a tool's category, a
    /// stack's flows): on the old side a reference to a renamed entry reads as the new id.
    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)]
    var diffEdges: [CatalogDiff.Edge] { get }
    func diffMembers(in catalog: Catalog) -> [CatalogDiff.Member]
    /// The facts that are lists, by key, for changes item by item.
    func diffLists(following renames: DiffRenames) -> [String: [String]]
    /// Per stack component (in `diffMembers` order), its facts other than the ring, which a move shows.
    func diffMemberFacts(following renames: DiffRenames) -> [(id: String, facts: [(key: String, label: String, value: String?)])]
}

/// Old id → new id of the entries found renamed, by kind. The old side's references follow them, so
/// that a renamed category, role, relation type, team or tool is one change, not one on every entry
/// that names it.
struct DiffRenames {
    var tools: [String: String] = [:]
    var categories: [String: String] = [:]
    var roles: [String: String] = [:]
    var relationTypes: [String: String] = [:]
    var teams: [String: String] = [:]

    static let none = DiffRenames()

    func tool(_ id: String) -> String { tools[id] ?? id }
    func category(_ id: String) -> String { categories[id] ?? id }
    func role(_ id: String) -> String { roles[id] ?? id }
    func relationType(_ id: String) -> String { relationTypes[id] ?? id }
    func team(_ id: String) -> String { teams[id] ?? id }

    /// A tool fact's value with the ids it names followed.
    func follow(_ value: ToolFact.Value, kind: ToolFact.Kind) -> ToolFact.Value {
        switch value {
        case .category(let id): return .category(category(id))
        case .categories(let ids): return .categories(ids.map(category))
        case .team(let id): return .team(team(id))
        case .words(let ids) where kind == .roles: return .words(ids.map(role))
        default: return value
        }
    }
}

extension DiffEntry {
    var diffAliases: [String] { [] }
    var diffEdges: [CatalogDiff.Edge] { [] }
    func diffLists(following renames: DiffRenames) -> [String: [String]] { [:] }
    func diffMemberFacts(following renames: DiffRenames) -> [(id: String, facts: [(key: String, label: String, value: String?)])] { [] }
    func diffMembers(in catalog: Catalog) -> [CatalogDiff.Member] { [] }
}

extension Tool: DiffEntry {
    var diffID: String { id }
    var diffAliases: [String] { aliases.map(\.value) }
    func diffName(in catalog: Catalog) -> String { name }

    /// Every key of a tool file but the id and the relations (compared as edges), from `ToolFact`.
    static let diffedFacts = ToolFact.fileFacts.filter { $0.kind != .id && $0.kind != .relations }

    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        Self.diffedFacts.map { fact in (fact.key, fact.label, fact.value(of: self).map { CatalogDiff.text(renames.follow($0, kind: fact.kind)) }) }
    }

    func diffLists(following renames: DiffRenames) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for fact in Self.diffedFacts {
            switch fact.value(of: self).map({ renames.follow($0, kind: fact.kind) }) {
            case .categories(let items)?, .words(let items)?: lists[fact.key] = items
            default: break
            }
        }
        return lists
    }

    var diffEdges: [CatalogDiff.Edge] {
        relations.map { CatalogDiff.Edge(type: $0.type.value, target: $0.target.value, note: $0.note) }
    }
}

extension Stack: DiffEntry {
    var diffID: String { id }
    func diffName(in catalog: Catalog) -> String { name }

    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        [
            ("name", "Name", name), ("summary", "Summary", summary), ("description", "Description", description),
            ("as_of", "As of", asOf), ("reviewed", "Reviewed", reviewed?.value),
            ("sources", "Sources", sources.isEmpty ? nil : sources.joined(separator: ", ")),
            (
                "flows", "Flows",
                flows.isEmpty
                    ? nil
                    : flows.map { flow in
                        "\(renames.tool(flow.from.value)) → \(renames.tool(flow.to.value))" + (flow.label.map { ": \($0)" } ?? "")
                    }.joined(separator: "; ")
            )
        ]
    }

    func diffLists(following renames: DiffRenames) -> [String: [String]] { sources.isEmpty ? [:] : ["sources": sources] }

    func diffMemberFacts(following renames: DiffRenames) -> [(id: String, facts: [(key: String, label: String, value: String?)])] {
        components.map { component in
            (
                component.id,
                [
                    ("role", "Role", component.role), ("owner", "Owner", component.owner.map { renames.team($0.value) }),
                    ("reviewed", "Reviewed", component.reviewed?.value),
                    ("name", "Name", component.isInHouse ? component.name : nil),
                    ("category", "Category", component.isInHouse ? component.category.map { renames.category($0.value) } : nil)
                ]
            )
        }
    }

    func diffMembers(in catalog: Catalog) -> [CatalogDiff.Member] {
        components.map { component in
            let name = component.isInHouse ? component.inHouseDisplayName : (catalog.tool(component.id)?.name ?? component.id)
            return CatalogDiff.Member(id: component.id, name: name, ring: component.ring, note: component.role)
        }
    }
}

extension Team: DiffEntry {
    var diffID: String { id.value }
    func diffName(in catalog: Catalog) -> String { name }
    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        [("name", "Name", name), ("description", "Description", description), ("contact", "Contact", contact)]
    }
}

extension Category: DiffEntry {
    var diffID: String { id.value }
    func diffName(in catalog: Catalog) -> String { name }
    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        [("name", "Name", name), ("description", "Description", description), ("parent", "Parent", parent.map { renames.category($0.value) })]
    }
}

extension Role: DiffEntry {
    var diffID: String { id.value }
    func diffName(in catalog: Catalog) -> String { name }
    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        [("name", "Name", name), ("description", "Description", description)]
    }
}

extension RelationType: DiffEntry {
    var diffID: String { id.value }
    func diffName(in catalog: Catalog) -> String { label }
    func diffFacts(following renames: DiffRenames) -> [(key: String, label: String, value: String?)] {
        [
            ("label", "Label", label), ("inverse", "Inverse", inverse), ("description", "Description", description),
            ("symmetric", "Symmetric", symmetric ? "true" : "false"),
            ("style", "Style", "\(style.color) \(style.line.rawValue)")
        ]
    }
}

extension CatalogDiff {
    /// A fact's value as the diff shows it: lists joined with commas.
    static func text(_ value: ToolFact.Value) -> String {
        switch value {
        case .text(let text), .url(let text), .choice(let text), .category(let text), .team(let text): return text
        case .year(let year): return String(year)
        case .categories(let items), .words(let items): return items.joined(separator: ", ")
        }
    }
}
