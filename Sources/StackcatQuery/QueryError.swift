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
        self.suggestion =
            Suggestions.closest(to: id, among: known)
            ?? Suggestions.closest(to: id, among: aliases.keys.sorted()).flatMap { aliases[$0] }
        self.listing = Self.listing(of: kind, known: known)
    }

    /// Where to see the ids there are, when no near miss is suggested: the command that lists them,
    /// or the ids themselves for the kinds no command lists (stacks, teams).
    public var listing: String

    /// An empty id is one that was not given (a `docs --inject` block `radar` without `--stack`).
    public var message: String { id.isEmpty ? "no \(kind) given" : "unknown \(kind) '\(id)'" }
    public var note: String? { suggestion.map { "did you mean '\($0)'?" } ?? listing }

    /// How to see the ids of a kind: `known` are the ids the catalog has.
    public static func listing(of kind: String, known: [String]) -> String {
        switch kind {
        case "tool", "relation target": return "'stackcat list --format ids' lists the tools"
        case "category": return "'stackcat categories' lists them"
        case "role": return "'stackcat roles' lists them"
        case "relation type": return "'stackcat relations' lists them"
        default:
            guard !known.isEmpty else { return "the catalog has no \(kind)s" }
            let sorted = known.sorted { $0.utf8Precedes($1) }
            let shown = sorted.prefix(12).joined(separator: ", ") + (sorted.count > 12 ? " and \(sorted.count - 12) more" : "")
            return "the \(kind)s are: \(shown)"
        }
    }
}
