/// One fact of a tool: the key it has in a tool file, the label it has wherever it is shown, and its
/// value. `ToolFact.all` is the one list, in display order, that `show`, `compare`, the docs pages and
/// the JSON shape read, and the loader takes a tool file's keys from it; a new tool field is added here.
public struct ToolFact: Sendable {
    /// The value of a fact, typed so that each output can render it its own way (a category as a
    /// name, a link or an id; a URL as a link).
    public enum Value: Sendable, Equatable {
        case text(String)
        case url(String)
        /// One of the fixed values of an enumeration (hosting, lifecycle, CNCF maturity).
        case choice(String)
        case year(Int)
        case category(String)
        /// A `teams.yaml` id, shown as the team's name.
        case team(String)
        case categories([String])
        case words([String])
    }

    /// The key in `tools/<id>.yaml`, and in the JSON shape.
    public let key: String
    public let label: String
    /// Whether `compare` gives the fact a row (lists and links read poorly in a comparison).
    public let compared: Bool
    /// Whether the value is a list: absent, it is an empty list rather than a missing value.
    public let isList: Bool
    /// Whether `compare` leaves the row out when none of the compared tools states the fact (an
    /// owner row is noise in a catalog without teams).
    public let comparedOnlyWhenStated: Bool
    private let read: @Sendable (Tool) -> Value?

    init(_ key: String, _ label: String, compared: Bool, isList: Bool = false, comparedOnlyWhenStated: Bool = false,
         _ read: @escaping @Sendable (Tool) -> Value?) {
        self.key = key
        self.label = label
        self.compared = compared
        self.isList = isList
        self.comparedOnlyWhenStated = comparedOnlyWhenStated
        self.read = read
    }

    /// The tool's value, or nil when the tool does not state it (an empty list counts as not stated).
    public func value(of tool: Tool) -> Value? {
        let value = read(tool)
        if case .categories(let items)? = value, items.isEmpty { return nil }
        if case .words(let items)? = value, items.isEmpty { return nil }
        return value
    }

    public static let all: [ToolFact] = [
        ToolFact("category", "Category", compared: true) { .category($0.category.value) },
        ToolFact("categories", "Also in", compared: false, isList: true) { .categories($0.categories.map(\.value)) },
        ToolFact("hosting", "Hosting", compared: true) { .choice($0.hosting.rawValue) },
        ToolFact("lifecycle", "Lifecycle", compared: true) { .choice($0.lifecycle.value.rawValue) },
        ToolFact("lifecycle_since", "Lifecycle since", compared: false) { $0.lifecycleSince.map { .text($0.value) } },
        ToolFact("license", "License", compared: true) { $0.license.isEmpty ? nil : .text($0.license) },
        ToolFact("language", "Language", compared: true) { $0.language.map(Value.text) },
        ToolFact("vendor", "Vendor", compared: true) { $0.vendor.map(Value.text) },
        ToolFact("owner", "Owner", compared: true, comparedOnlyWhenStated: true) { $0.owner.map { .team($0.value) } },
        ToolFact("cncf", "CNCF", compared: true) { $0.cncf.map { .choice($0.rawValue) } },
        ToolFact("since", "Since", compared: true) { $0.since.map(Value.year) },
        ToolFact("homepage", "Homepage", compared: false) { $0.homepage.isEmpty ? nil : .url($0.homepage) },
        ToolFact("repo", "Repository", compared: false) { $0.repo.map(Value.url) },
        ToolFact("aliases", "Aliases", compared: false, isList: true) { .words($0.aliases.map(\.value)) },
        ToolFact("tags", "Tags", compared: false, isList: true) { .words($0.tags) },
    ]

    /// The keys of a tool file: identity and prose first, then the facts, then the lists of links.
    public static let fileKeys: [String] = ["id", "name", "summary", "description"] + all.map(\.key)
        + ["roles", "relations", "sources"]
}
