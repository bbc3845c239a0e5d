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
/// components; the other facts, notes, flows and roles of `BackstageCarried`; the vocabularies of
/// `BackstageVocabulary` on the Location), so that `import backstage` gets the catalog back.
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
        /// What the export could not carry as the catalog has it, one line each, for standard error.
        public var notes: [String] = []
    }

    /// The Backstage kind of a tool: in-house tools and libraries are Components, others Resources.
    static func kind(of tool: Tool) -> String {
        tool.hosting == .inHouse || tool.hosting == .library ? "Component" : "Resource"
    }

    /// Backstage's usual `spec.type`s for the categories stackcat catalogs tend to have, by a word of
    /// the category id; `backstage-types:` in `catalog.yaml` overrides them.
    static let typeWords: [String: String] = [
        "website": "website", "frontend": "website", "web": "website", "database": "database", "databases": "database",
        "sql": "database", "nosql": "database", "cache": "database", "storage": "storage", "bucket": "storage",
        "queue": "message-queue", "messaging": "message-queue", "streaming": "message-queue", "orchestration": "cluster",
        "kubernetes": "cluster", "cluster": "cluster", "dns": "dns", "cdn": "cdn", "registry": "registry"
    ]

    /// The `spec.type` of a tool: `backstage-types` by category then hosting, else `library` for a
    /// library, `website` or `service` for an in-house tool, and for a Resource the type its
    /// categories suggest (`database`, `storage`, `cluster`, ...) or `tool`.
    func type(of tool: Tool) -> String {
        let configured = catalog.settings?.backstageTypes ?? [:]
        for category in tool.allCategories { if let type = configured[category] { return type } }
        if let type = configured[tool.hosting.rawValue] { return type }
        if tool.hosting == .library { return "library" }
        var suggested: String?
        for category in tool.allCategories where suggested == nil {
            for word in category.split(separator: "-") where suggested == nil { suggested = Self.typeWords[String(word)] }
        }
        if tool.hosting == .inHouse { return suggested == "website" ? "website" : "service" }
        return suggested ?? "tool"
    }

    public func run() -> Result {
        var entities: [(path: String, contents: String)] = []
        var notes: [String] = []
        var needsUnowned = false
        func owner(_ team: String?) -> String {
            if let team, catalog.team(team) != nil { return "group:" + BackstageName.of(team) }
            needsUnowned = true
            return "group:" + Self.unownedGroup
        }
        func ref(toTool id: String) -> String? {
            guard let tool = catalog.tool(id) else { return nil }
            return Self.kind(of: tool).lowercased() + ":" + BackstageName.of(id)
        }
        var stacksOfTool: [String: [String]] = [:]
        for stack in catalog.stacks {
            for component in stack.components where !component.isInHouse { stacksOfTool[component.id, default: []].append(stack.id) }
        }

        // A stack's owner: the team that owns most of its components (ties to the first id).
        var stackOwner: [String: String] = [:]
        for stack in catalog.stacks {
            var counts: [String: Int] = [:]
            for component in stack.components {
                if let team = component.owner?.value ?? catalog.tool(component.id)?.owner?.value, catalog.team(team) != nil {
                    counts[team, default: 0] += 1
                }
            }
            stackOwner[stack.id] = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
        }
        let platformTeam: String? = catalog.settings?.platformTeam.flatMap { catalog.team($0.value) != nil ? $0.value : nil }
        var unownedShared: [String] = []
        var symmetricLeftOut = 0

        for team in catalog.teams {
            var e = EntityText(
                kind: "Group", name: BackstageName.of(team.id.value), id: team.id.value, title: team.name,
                description: team.description)
            if let contact = team.contact, !URLCheck.isHTTPURL(contact) {
                e.spec.append(("profile", .map([("displayName", .text(team.name)), ("email", .text(contact))])))
            } else {
                e.spec.append(("profile", .map([("displayName", .text(team.name))])))
                if let contact = team.contact { e.links.append((contact, "Contact")) }
            }
            e.spec.insert(("type", .text("team")), at: 0)
            if let parent = team.parent?.value, catalog.team(parent) != nil {
                e.spec.append(("parent", .text("group:" + BackstageName.of(parent))))
            }
            e.spec.append(("children", .list([])))
            entities.append(("groups/\(e.name).yaml", e.render()))
        }

        for tool in catalog.tools {
            let kind = Self.kind(of: tool)
            var e = EntityText(kind: kind, name: BackstageName.of(tool.id), id: tool.id, title: tool.name, description: tool.summary)
            e.tags = tool.allCategories.filter { $0.utf8.count <= BackstageName.maxLength }
            if !tool.homepage.isEmpty { e.links.append((tool.homepage, "Homepage")) }
            if let repo = tool.repo { e.links.append((repo, "Repository")) }
            for source in tool.sources where source != tool.homepage && source != tool.repo { e.links.append((source, "Reference")) }
            e.annotations.append(("category", tool.allCategories.joined(separator: " ")))
            e.annotations.append(("hosting", tool.hosting.rawValue))
            e.annotations.append(("lifecycle", tool.lifecycle.value.rawValue))
            if !tool.roles.isEmpty { e.annotations.append(("roles", tool.roles.map(\.value).joined(separator: " "))) }
            if !tool.relations.isEmpty {
                e.annotations.append(("relations", tool.relations.map { "\($0.type.value):\($0.target.value)" }.joined(separator: " ")))
            }
            e.annotations += BackstageCarried.annotations(of: tool)
            // The owner: the tool's own, else the one team that owns every stack using it, else the
            // platform team of catalog.yaml, else the placeholder; a chosen owner is marked as such.
            var chosen: String? = tool.owner.flatMap { catalog.team($0.value) != nil ? $0.value : nil }
            if chosen == nil, let stacks = stacksOfTool[tool.id] {
                let owners: Set<String> = Set(stacks.map { (stack: String) -> String in stackOwner[stack] ?? "" })
                if owners.count == 1, let team = owners.first, !team.isEmpty {
                    chosen = team
                    e.annotations.append(("owner-from", "stacks"))
                } else if let platformTeam {
                    chosen = platformTeam
                    e.annotations.append(("owner-from", "platform-team"))
                } else {
                    unownedShared.append(tool.id)
                }
            }
            e.spec.append(("type", .text(type(of: tool))))
            if kind == "Component" { e.spec.append(("lifecycle", .text(tool.lifecycle.value == .active ? "production" : "deprecated"))) }
            e.spec.append(("owner", .text(owner(chosen))))
            if let stacks = stacksOfTool[tool.id], stacks.count == 1 { e.spec.append(("system", .text("system:" + BackstageName.of(stacks[0])))) }
            // dependsOn is one-way: a symmetric relation (integrates-with) stays in the annotation only.
            var oneWay: [String] = []
            for relation in tool.relations {
                if catalog.relationType(relation.type.value)?.symmetric ?? false {
                    symmetricLeftOut += 1
                } else if let target = ref(toTool: relation.target.value) {
                    oneWay.append(target)
                }
            }
            let targets = Set(oneWay).sorted()
            if !targets.isEmpty { e.spec.append(("dependsOn", .list(targets))) }
            entities.append(("\(kind == "Component" ? "components" : "resources")/\(e.name).yaml", e.render()))
        }

        for stack in catalog.stacks {
            let top = stackOwner[stack.id]
            let system = BackstageName.of(stack.id)
            var e = EntityText(kind: "System", name: system, id: stack.id, title: stack.name, description: stack.summary)
            if let asOf = stack.asOf { e.annotations.append(("as-of", asOf)) }
            e.annotations.append(("components", Self.componentsAnnotation(stack)))
            e.annotations += BackstageCarried.annotations(of: stack)
            for source in stack.sources { e.links.append((source, "Reference")) }
            e.spec.append(("owner", .text(owner(top))))
            entities.append(("systems/\(system).yaml", e.render()))
            for component in stack.components where component.isInHouse {
                var c = EntityText(
                    kind: "Component", name: BackstageName.of(stack.id + "." + component.id), id: component.id,
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
            var e = EntityText(
                kind: "Group", name: Self.unownedGroup, id: nil, title: "No owner recorded",
                description: "Owns what the stackcat catalog names no team for.")
            e.spec = [("type", .text("team")), ("children", .list([]))]
            entities.append(("groups/\(Self.unownedGroup).yaml", e.render()))
        }
        entities.sort { $0.path.utf8Precedes($1.path) }
        var location = EntityText(
            kind: "Location", name: "stackcat-catalog", id: nil, title: nil,
            description: "Every entity exported from the stackcat catalog.")
        location.spec = [("targets", .list(entities.map { "./" + $0.path }))]
        // The vocabularies, which no entity holds, travel with the Location that lists the entities.
        location.annotations = BackstageVocabulary.annotations(of: catalog)
        let files = [("catalog-info.yaml", location.render())] + entities
        if !unownedShared.isEmpty && !catalog.teams.isEmpty {
            let plural = unownedShared.count != 1
            var named = unownedShared.prefix(5).joined(separator: ", ")
            if unownedShared.count > 5 { named += ", ..." }
            let them = plural ? "them" : "it"
            var line = "warning: \(unownedShared.count) shared tool" + (plural ? "s have" : " has")
            line += " no owner, and the stacks that use \(them) have owners that disagree or none (\(named)); "
            line += "group:\(Self.unownedGroup) owns \(them): give \(them) an owner, or name a platform-team in catalog.yaml"
            notes.append(line)
        }
        if symmetricLeftOut > 0 {
            var line = "note: \(symmetricLeftOut) symmetric relation" + (symmetricLeftOut == 1 ? " is" : "s are")
            line += " not written as spec.dependsOn, which is one-way; they travel in the stackcat.dev/relations annotation"
            notes.append(line)
        }
        return Result(files: files.sorted { $0.0.utf8Precedes($1.0) }, entityCount: entities.count + 1, notes: notes)
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
