import StackcatModel

/// The values of a stack file to write.
public struct StackDraft: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// A catalog tool, or an in-house part with its own id, name and optional category.
        public enum Kind: Sendable, Equatable {
            case tool(String)
            case inHouse(id: String, name: String, category: String?)
        }
        public var kind: Kind
        public var ring: Ring
        public var role: String?
        /// The team that owns the component in the stack.
        public var owner: String?
        /// `YYYY-MM-DD` its ring was last reviewed, when it differs from the stack's.
        public var reviewed: String?

        public init(_ kind: Kind, ring: Ring = .adopt, role: String? = nil) {
            self.kind = kind
            self.ring = ring
            self.role = role
        }
    }

    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var label: String?

        public init(from: String, to: String, label: String? = nil) {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    public var id: String
    public var name: String
    public var summary: String
    /// Markdown, already broken into lines of a readable width.
    public var description: String?
    public var asOf: String?
    /// `YYYY-MM-DD` the stack's facts and rings were last reviewed.
    public var reviewed: String?
    public var sources: [String] = []
    public var components: [Part]
    public var flows: [Edge] = []
    /// Keys whose value is a stand-in, with what to put there instead.
    public var replace: [String: String] = [:]

    public init(id: String, name: String, summary: String, components: [Part]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.components = components
    }
}
