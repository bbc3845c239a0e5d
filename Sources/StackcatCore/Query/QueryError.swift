/// A query that names something the catalog does not have. The executable turns it into exit 1.
public struct UnknownIDError: Error, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var suggestion: String?

    public init(kind: String, id: String, among known: [String]) {
        self.kind = kind
        self.id = id
        self.suggestion = Suggestions.closest(to: id, among: known)
    }

    public var message: String { "unknown \(kind) '\(id)'" }
    public var note: String? { suggestion.map { "did you mean '\($0)'?" } }
}
