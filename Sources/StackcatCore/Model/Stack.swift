/// A named architecture (`stacks/<id>.yaml`): which tools it used, in which technology-radar ring.
public struct Stack: Sendable, Hashable {
    public var id: String
    public var path: String
    public var name: String
    public var summary: String
    public var description: String?
    public var asOf: String?
    public var sources: [String]
    public var components: [Component]
    public var flows: [Flow]

    public func component(_ id: String) -> Component? {
        components.first { $0.id == id }
    }
}

/// One part of a stack: a catalog tool, or an in-house part described in place.
public struct Component: Sendable, Hashable {
    /// The catalog tool, when the component is one.
    public var tool: Located<String>?
    /// The in-house part's own id, when it is not a catalog tool.
    public var inHouseID: Located<String>?
    /// The in-house part's name.
    public var name: String?
    /// The in-house part's category.
    public var category: Located<String>?
    public var ring: Ring
    /// What this component does in the stack.
    public var role: String?
    /// The team that owns the component in this stack (a `teams.yaml` id).
    public var owner: Located<String>? = nil
    /// When the component's ring was last reviewed (`reviewed`, YYYY-MM-DD).
    public var reviewed: Located<String>? = nil
    public var span: SourceSpan

    public var id: String { tool?.value ?? inHouseID?.value ?? "" }
    public var idSpan: SourceSpan { tool?.span ?? inHouseID?.span ?? span }
    public var isInHouse: Bool { tool == nil }

    /// An inline in-house part's name as lists show it: marked "(in-house)" once, not when the
    /// name says so already.
    public var inHouseDisplayName: String {
        let name = self.name ?? id
        return name.lowercased().contains("in-house") ? name : name + " (in-house)"
    }
}

/// An edge specific to one stack, such as "circleci → spinnaker: container images".
public struct Flow: Sendable, Hashable {
    public var from: Located<String>
    public var to: Located<String>
    public var label: String?
}

/// The technology-radar ring of a component.
public enum Ring: String, Sendable, CaseIterable, Comparable {
    case adopt, trial, assess, hold

    public static func < (lhs: Ring, rhs: Ring) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
