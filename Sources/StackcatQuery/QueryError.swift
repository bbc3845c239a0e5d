import StackcatModel

/// A query that names something the catalog does not have. The executable turns it into exit 1.
public struct UnknownIDError: Error, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var suggestion: String?

    /// `aliases` maps an alias to its tool: a near miss of an alias suggests the tool's id.
    public init(kind: String, id: String, among known: [String], aliases: [String: String] = [:]) {
        self.kind = kind
        self.id = id
        self.suggestion = Suggestions.closest(to: id, among: known)
            ?? Suggestions.closest(to: id, among: aliases.keys.sorted()).flatMap { aliases[$0] }
    }

    public var message: String { "unknown \(kind) '\(id)'" }
    public var note: String? { suggestion.map { "did you mean '\($0)'?" } }
}
