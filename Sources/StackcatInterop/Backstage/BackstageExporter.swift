import StackcatModel
import StackcatYAML

/// Writes a catalog as Backstage catalog entities (`apiVersion: backstage.io/v1alpha1`), one file
/// per entity plus `catalog-info.yaml`, a `Location` that lists them, ready for `catalog.locations`.
///
/// - a team is a `Group` (`spec.type: team`, `spec.children: []`, the contact as `profile.email` or a
///   link);
/// - an in-house tool is a `Component` of type `service`, a library a `Component` of type `library`,
///   every other tool a `Resource` whose `spec.type` is its hosting (`self-hosted`, `managed`, `saas`,
///   `specification`, `pattern`); `spec.lifecycle` is `production` for active tools and `deprecated`
///   otherwise; its categories are its tags;
/// - a stack is a `System`; its inline in-house parts are `Component`s of that system (named
///   `<stack>.<id>`), and a tool that only one stack uses names that system too;
/// - every relation is a `spec.dependsOn` reference to its target (Backstage has no typed edges).
///
/// Entities need an owner: a tool or stack without one is owned by the `Group` `stackcat_unowned`,
/// written only when something needs it (the underscore keeps it apart from every team: no stackcat
/// id holds one, so no team of the catalog can take the placeholder's name or file). A stack's owner is the team that owns most of its
/// components (ties to the first id). What Backstage has no field for travels in `stackcat.dev/`
/// annotations (the stackcat id, category, hosting, lifecycle, typed relations, a stack's
/// components), so that `import backstage` gets the catalog back.
public struct BackstageExporter: Sendable {
    public static let marker = "# exported from a stackcat catalog by stackcat; do not edit"
    public static let apiVersion = "backstage.io/v1alpha1"
    public static let unownedGroup = "stackcat_unowned"
    /// The placeholder's name before it moved out of the ids' namespace; imports still recognise it.
    public static let legacyUnownedGroup = "stackcat-unowned"
    public static let annotationPrefix = "stackcat.dev/"

    public let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public struct Result: Sendable {
        /// Relative path → contents, sorted by path; `catalog-info.yaml` is the Location.
        public var files: [(path: String, contents: String)]
        public var entityCount: Int
    }

    /// The Backstage kind and directory of a tool.
    static func kind(of tool: Tool) -> (kind: String, type: String) {
        switch tool.hosting {
        case .inHouse: return ("Component", "service")
        case .library: return ("Component", "library")
        default: return ("Resource", tool.hosting.rawValue)
        }
    }

    public func run() -> Result {
        var entities: [(path: String, contents: String)] = []
        var needsUnowned = false
        func owner(_ team: String?) -> String {
            if let team, catalog.team(team) != nil { return "group:" + BackstageName.of(team) }
            needsUnowned = true
            return "group:" + Self.unownedGroup
        }
        func ref(toTool id: String) -> String? {
            guard let tool = catalog.tool(id) else { return nil }
            return Self.kind(of: tool).kind.lowercased() + ":" + BackstageName.of(id)
        }
        var stacksOfTool: [String: [String]] = [:]
        for stack in catalog.stacks {
            for component in stack.components where !component.isInHouse { stacksOfTool[component.id, default: []].append(stack.id) }
        }

        for team in catalog.teams {
            var e = EntityText(kind: "Group", name: BackstageName.of(team.id.value), id: team.id.value, title: team.name,
                               description: team.description)
            if let contact = team.contact, !URLCheck.isHTTPURL(contact) {
                e.spec.append(("profile", .map([("displayName", .text(team.name)), ("email", .text(contact))])))
            } else {
                e.spec.append(("profile", .map([("displayName", .text(team.name))])))
                if let contact = team.contact { e.links.append((contact, "Contact")) }
            }
            e.spec.insert(("type", .text("team")), at: 0)
            e.spec.append(("children", .list([])))
            entities.append(("groups/\(e.name).yaml", e.render()))
        }

        for tool in catalog.tools {
            let (kind, type) = Self.kind(of: tool)
            var e = EntityText(kind: kind, name: BackstageName.of(tool.id), id: tool.id, title: tool.name, description: tool.summary)
            e.tags = tool.allCategories.filter { $0.utf8.count <= BackstageName.maxLength }
            if !tool.homepage.isEmpty { e.links.append((tool.homepage, "Homepage")) }
            if let repo = tool.repo { e.links.append((repo, "Repository")) }
            e.annotations.append(("category", tool.allCategories.joined(separator: " ")))
            e.annotations.append(("hosting", tool.hosting.rawValue))
            e.annotations.append(("lifecycle", tool.lifecycle.value.rawValue))
            if !tool.relations.isEmpty {
                e.annotations.append(("relations", tool.relations.map { "\($0.type.value):\($0.target.value)" }.joined(separator: " ")))
            }
            e.spec.append(("type", .text(type)))
            if kind == "Component" { e.spec.append(("lifecycle", .text(tool.lifecycle.value == .active ? "production" : "deprecated"))) }
            e.spec.append(("owner", .text(owner(tool.owner?.value))))
            if let stacks = stacksOfTool[tool.id], stacks.count == 1 { e.spec.append(("system", .text("system:" + BackstageName.of(stacks[0])))) }
            let targets = Set(tool.relations.compactMap { ref(toTool: $0.target.value) }).sorted()
            if !targets.isEmpty { e.spec.append(("dependsOn", .list(targets))) }
            entities.append(("\(kind == "Component" ? "components" : "resources")/\(e.name).yaml", e.render()))
        }

        for stack in catalog.stacks {
            var counts: [String: Int] = [:]
            for component in stack.components {
                if let team = component.owner?.value ?? catalog.tool(component.id)?.owner?.value, catalog.team(team) != nil {
                    counts[team, default: 0] += 1
                }
            }
            let top = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
            let system = BackstageName.of(stack.id)
            var e = EntityText(kind: "System", name: system, id: stack.id, title: stack.name, description: stack.summary)
            if let asOf = stack.asOf { e.annotations.append(("as-of", asOf)) }
            e.annotations.append(("components", Self.componentsAnnotation(stack)))
            e.spec.append(("owner", .text(owner(top))))
            entities.append(("systems/\(system).yaml", e.render()))
            for component in stack.components where component.isInHouse {
                var c = EntityText(kind: "Component", name: BackstageName.of(stack.id + "." + component.id), id: component.id,
                                   title: component.name ?? component.id, description: component.role)
                if let category = component.category?.value {
                    c.tags = category.utf8.count <= BackstageName.maxLength ? [category] : []
                    c.annotations.append(("category", category))
                }
                c.annotations.append(("component-of", stack.id))
                c.spec.append(("type", .text("service")))
                c.spec.append(("lifecycle", .text("production")))
                c.spec.append(("owner", .text(owner(component.owner?.value))))
                c.spec.append(("system", .text("system:" + system)))
                entities.append(("components/\(c.name).yaml", c.render()))
            }
        }
        if needsUnowned {
            var e = EntityText(kind: "Group", name: Self.unownedGroup, id: nil, title: "No owner recorded",
                               description: "Owns what the stackcat catalog names no team for.")
            e.spec = [("type", .text("team")), ("children", .list([]))]
            entities.append(("groups/\(Self.unownedGroup).yaml", e.render()))
        }
        entities.sort { $0.path.utf8Precedes($1.path) }
        var location = EntityText(kind: "Location", name: "stackcat-catalog", id: nil, title: nil,
                                  description: "Every entity exported from the stackcat catalog.")
        location.spec = [("targets", .list(entities.map { "./" + $0.path }))]
        let files = [("catalog-info.yaml", location.render())] + entities
        return Result(files: files.sorted { $0.0.utf8Precedes($1.0) }, entityCount: entities.count + 1)
    }

    /// A stack's components as `stackcat.dev/components`: one per line, `ring id` with `key=value`
    /// pairs for the owner, the review date and whether it is an inline part (`inline`); the role
    /// travels as the inline part's description, or is left out.
    static func componentsAnnotation(_ stack: Stack) -> String {
        stack.components.map { c in
            var line = "\(c.ring.rawValue) \(c.id)"
            if c.isInHouse { line += " inline" }
            if let owner = c.owner?.value { line += " owner=\(owner)" }
            if let reviewed = c.reviewed?.value { line += " reviewed=\(reviewed)" }
            return line
        }.joined(separator: "\n")
    }
}

/// One entity, rendered as YAML in Backstage's usual key order.
struct EntityText {
    indirect enum Value {
        case text(String)
        case list([String])
        case map([(String, Value)])
    }

    var kind: String
    var name: String
    /// The stackcat id, as the `stackcat.dev/id` annotation.
    var id: String?
    var title: String?
    var description: String?
    var tags: [String] = []
    var links: [(url: String, title: String)] = []
    /// Annotation names without the `stackcat.dev/` prefix.
    var annotations: [(String, String)] = []
    var spec: [(String, Value)] = []

    init(kind: String, name: String, id: String?, title: String?, description: String?) {
        self.kind = kind
        self.name = name
        self.id = id
        self.title = title
        self.description = description
    }

    func render() -> String {
        let w = YAMLWriter.scalar
        var out = BackstageExporter.marker + "\napiVersion: \(BackstageExporter.apiVersion)\nkind: \(kind)\nmetadata:\n  name: \(w(name))\n"
        if let title { out += "  title: \(w(title))\n" }
        if let description {
            out += "  description: \(w(description.split(whereSeparator: \.isNewline).joined(separator: " ")))\n"
        }
        let notes = (id.map { [("id", $0)] } ?? []) + annotations
        if !notes.isEmpty {
            out += "  annotations:\n" + notes.map { "    \(BackstageExporter.annotationPrefix)\($0.0): \(YAMLWriter.quoted($0.1))\n" }.joined()
        }
        if !tags.isEmpty { out += "  tags: \(YAMLWriter.list(tags))\n" }
        if !links.isEmpty {
            out += "  links:\n" + links.map { "    - url: \(w($0.url))\n      title: \(w($0.title))\n" }.joined()
        }
        out += "spec:\n"
        for (key, value) in spec { out += Self.render(key, value, indent: "  ") }
        return out
    }

    static func render(_ key: String, _ value: Value, indent: String) -> String {
        switch value {
        case .text(let text): return "\(indent)\(key): \(YAMLWriter.scalar(text))\n"
        case .list(let items):
            return items.isEmpty ? "\(indent)\(key): []\n" : "\(indent)\(key):\n" + items.map { "\(indent)  - \(YAMLWriter.scalar($0))\n" }.joined()
        case .map(let pairs):
            return "\(indent)\(key):\n" + pairs.map { render($0.0, $0.1, indent: indent + "  ") }.joined()
        }
    }
}
