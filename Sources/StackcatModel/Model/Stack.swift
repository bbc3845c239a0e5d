/// A named architecture (`stacks/<id>.yaml`): which tools it used, in which technology-radar ring.
public struct Stack: Sendable, Hashable, Codable {
    public var id: String
    public var path: String
    public var name: String
    public var summary: String
    public var description: String?
    public var asOf: String?
    public var sources: [String]
    public var components: [Component]
    public var flows: [Flow]
    /// When the stack's own facts (summary, description, sources, flows) were last checked
    /// (`reviewed`, YYYY-MM-DD); a component without a date of its own was reviewed with them.
    public var reviewed: Located<String>? = nil

    package init(
        id: String,
        path: String,
        name: String,
        summary: String,
        description: String? = nil,
        asOf: String? = nil,
        sources: [String],
        components: [Component],
        flows: [Flow],
        reviewed: Located<String>? = nil
    ) {
        self.id = id
        self.path = path
        self.name = name
        self.summary = summary
        self.description = description
        self.asOf = asOf
        self.sources = sources
        self.components = components
        self.flows = flows
        self.reviewed = reviewed
    }

    public func component(_ id: String) -> Component? {
        components.first { $0.id == id }
    }
}

/// One part of a stack: a catalog tool, or an in-house part described in place.
public struct Component: Sendable, Hashable, Codable {
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

    package init(
        tool: Located<String>? = nil,
        inHouseID: Located<String>? = nil,
        name: String? = nil,
        category: Located<String>? = nil,
        ring: Ring,
        role: String? = nil,
        owner: Located<String>? = nil,
        reviewed: Located<String>? = nil,
        span: SourceSpan
    ) {
        self.tool = tool
        self.inHouseID = inHouseID
        self.name = name
        self.category = category
        self.ring = ring
        self.role = role
        self.owner = owner
        self.reviewed = reviewed
        self.span = span
    }

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
public struct Flow: Sendable, Hashable, Codable {
    public var from: Located<String>
    public var to: Located<String>
    public var label: String?

    package init(
        from: Located<String>,
        to: Located<String>,
        label: String? = nil
    ) {
        self.from = from
        self.to = to
        self.label = label
    }
}

/// The technology-radar ring of a component.
public enum Ring: String, Sendable, CaseIterable, Comparable, Codable {
    case adopt, trial, assess, hold

    public static func < (lhs: Ring, rhs: Ring) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
