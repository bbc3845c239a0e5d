/// The kinds of id a catalog declares and refers to. Each has its own namespace: `canary-release`
/// can be a role and a tool at once.
public enum IDKind: String, Sendable, CaseIterable, Hashable {
    case tool, stack, team, category, role, relation

    /// How messages name the kind.
    public var noun: String {
        switch self {
        case .relation: "relation type"
        default: rawValue
        }
    }

    /// Where entries of the kind are declared.
    public var home: String {
        switch self {
        case .tool: "tools/<id>.yaml"
        case .stack: "stacks/<id>.yaml"
        case .team: "teams.yaml"
        case .category: "categories.yaml"
        case .role: "roles.yaml"
        case .relation: "relations.yaml"
        }
    }
}

/// One place where an id is written: where it is declared, or a reference to it.
public struct Occurrence: Sendable, Hashable {
    public var kind: IDKind
    public var id: String
    /// The file, as its path inside the catalog (`tools/istio.yaml`), or an included file's display path.
    public var relativePath: String
    /// The bytes of the id itself (inside any quotes); for a tool or stack without an `id:` key, its
    /// declaration is the file's first byte, an empty range.
    public var bytes: Range<Int>
    public var isDeclaration: Bool
    /// The bytes of the whole entry (a vocabulary's list item, the whole file of a tool or stack),
    /// for document symbols.
    public var entry: Range<Int>?
    /// Whether `bytes` holds exactly the id, so that replacing them renames it.
    public var isEditable: Bool
}
