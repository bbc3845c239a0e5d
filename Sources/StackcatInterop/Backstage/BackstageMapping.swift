import StackcatLoading
import StackcatModel

/// The mapping stage of `import backstage`: entities in, teams, tools and stacks out (see
/// `BackstageImporter` for the rules). Every lookup is a dictionary, so the work is linear in the
/// number of entities.
struct BackstageMapping {
    struct Team {
        var id: String
        var name: String
        var description: String?
        var contact: String?
        /// The team of the Group's `spec.parent`, when the input defines that Group.
        var parent: String? = nil
    }

    struct Tool {
        var id: String
        var name: String
        var categories: [String]
        var summary: String
        var description: String?
        var homepage: String?
        var repo: String?
        var hosting: Hosting
        var owner: String?
        var lifecycle: Lifecycle
        var tags: [String]
        var relations: [(type: String, target: String)] = []
        /// `type NUL target` → the relation's note (a dependency through an API names the API).
        var relationNotes: [String: String] = [:]
        /// The entity's links that are neither its homepage nor its repository.
        var sources: [String] = []
        /// From the `stackcat.dev/roles` annotation.
        var roles: [String] = []
        /// Facts an export carried (`BackstageCarried.toolFacts`): key → YAML value.
        var facts: [(key: String, yaml: String)] = []
        var entity: Int
    }

    struct Part {
        var tool: String?
        var id: String?
        var name: String?
        var category: String?
        var ring: Ring
        var role: String?
        var owner: String?
        var reviewed: String?
    }

    struct Stack {
        var id: String
        var name: String
        var summary: String
        var description: String?
        var asOf: String?
        var components: [Part]
        var reviewed: String? = nil
        var sources: [String] = []
        var flows: [(from: String, to: String, label: String?)] = []
    }

    let entities: [BackstageEntity]
    var diagnostics: [Diagnostic] = []
    var ids = IDAllocator()
    var teams: [Team] = []
    var tools: [Tool] = []
    var stacks: [Stack] = []
    var needsUnowned = false
    /// Team ids that the rest of a federated catalog defines: an owner that names one is that team.
    var knownTeams: Set<String> = []
    /// The vocabularies an export carried on its Location (`BackstageVocabulary`), if any.
    var vocabulary: Catalog?

    var teamByKey: [String: String] = [:]
    var teamByOriginalID: [String: String] = [:]
    var toolByKey: [String: String] = [:]
    var toolByOriginalID: [String: String] = [:]
    /// API entity key → the tools whose Component provides it.
    var providers: [String: [String]] = [:]

    init(entities: [BackstageEntity]) {
        self.entities = entities
    }

    mutating func warn(_ problem: Diagnostics.BackstageProblem, _ entity: BackstageEntity, _ span: SourceSpan? = nil) {
        diagnostics.append(Diagnostics.backstage(problem, at: SourceLocation(path: entity.path, span: span ?? entity.name.span)))
    }

    /// The placeholder owner that `export backstage` writes for what has no team.
    static let unownedKeys: Set<String> = [
        BackstageEntity.key(.group, "default", BackstageExporter.unownedGroup),
        BackstageEntity.key(.group, "default", BackstageExporter.legacyUnownedGroup)
    ]
    /// The team an import makes for in-house tools that no entity says the owner of.
    static let unownedTeamID = "stackcat-unowned"

    mutating func run() {
        let carried = BackstageVocabulary.read(entities)
        vocabulary = carried.catalog
        diagnostics += carried.diagnostics
        mapTeams()
        let inline = inlineParts()
        mapToolIDs(skipping: inline)
        mapProviders()
        for index in tools.indices { fillTool(index) }
        mapStacks(inline: inline)
        if needsUnowned, !teams.contains(where: { $0.id == Self.unownedTeamID }) {
            teams.append(
                Team(
                    id: Self.unownedTeamID, name: "No owner recorded",
                    description: "Owns the in-house tools that the Backstage catalog names no team for."))
        }
    }

    /// A kept id (from `stackcat.dev/id`) or one made from the name; warns when it differs from both.
    mutating func id(for entity: BackstageEntity, namespace: String, kept: Bool) -> String {
        if kept, let original = entity.stackcat("id")?.value { return original }
        let id = ids.allocate(entity.name.value, namespace: namespace)
        let given = entity.stackcat("id")?.value ?? entity.name.value
        if id != given { warn(.renamed(kind: entity.kind.displayName, name: entity.stackcat("id")?.value ?? entity.qualifiedName, id: id), entity) }
        return id
    }

    /// Reserves the valid `stackcat.dev/id`s of these entities, in order; returns which were kept.
    mutating func reserveIDs(_ indices: [Int], namespace: String) -> Set<Int> {
        var kept = Set<Int>()
        for i in indices {
            if let original = entities[i].stackcat("id")?.value, Identifier.isValid(original), ids.reserve(original, namespace: namespace) {
                kept.insert(i)
            }
        }
        return kept
    }

    mutating func mapTeams() {
        let groups = entities.indices.filter {
            entities[$0].kind == .group && !(Self.unownedKeys.contains(entities[$0].key) && entities[$0].stackcat("id") == nil)
        }
        let kept = reserveIDs(groups, namespace: "team")
        for i in groups {
            let entity = entities[i]
            let id = id(for: entity, namespace: "team", kept: kept.contains(i))
            teamByKey[entity.key] = id
            teamByOriginalID[entity.stackcat("id")?.value ?? entity.name.value] = id
            var contact = entity.email.flatMap { ContactCheck.isContact($0) ? $0 : nil }
            if contact == nil {
                contact = entity.links.first { $0.title.lowercased() == "contact" && URLCheck.isHTTPURL($0.url) }?.url
            }
            teams.append(
                Team(
                    id: id, name: entity.displayName ?? entity.title ?? entity.qualifiedName,
                    description: entity.description.map(Self.oneLine), contact: contact))
        }
        // Parents once every Group has its id: a parent that the input does not define is left out
        // (a team's parent must be a team of the catalog).
        for (i, index) in groups.enumerated() {
            guard let parent = entities[index].parent,
                let ref = BackstageEntity.key(ofReference: parent.value, defaultKind: .group, namespace: entities[index].namespace),
                let team = teamByKey[ref.key], team != teams[teams.count - groups.count + i].id
            else { continue }
            teams[teams.count - groups.count + i].parent = team
        }
    }

    /// The team that owns an entity, or nil for none (no owner, or the exporter's placeholder).
    mutating func owner(of entity: BackstageEntity) -> String? {
        guard let owner = entity.owner else { return nil }
        guard let ref = BackstageEntity.key(ofReference: owner.value, defaultKind: .group, namespace: entity.namespace) else {
            warn(.unresolved(what: "owner", reference: owner.value), entity, owner.span)
            return nil
        }
        if let team = teamByKey[ref.key] { return team }
        if Self.unownedKeys.contains(ref.key) { return nil }
        if knownTeams.contains(ref.name) {
            teamByKey[ref.key] = ref.name
            return ref.name
        }
        // Owned by someone the input does not define: keep the ownership as a team of that name.
        let id = ids.allocate(ref.name, namespace: "team")
        teamByKey[ref.key] = id
        let name = BackstageEntity.qualified(key: ref.key, name: ref.name)
        teams.append(Team(id: id, name: name, description: "Named as an owner in the Backstage catalog (\(owner.value))."))
        // The reference as written, with its namespace when that is not the default and was left implicit.
        var shown = owner.value
        if name != ref.name, !owner.value.contains("/") {
            shown = owner.value.firstIndex(of: ":").map { String(owner.value[...$0]) + name } ?? name
        }
        warn(.ownerNotAGroup(reference: shown, team: id), entity, owner.span)
        return id
    }

    /// `stack-id NUL component-id` of every inline part that a System's components annotation names.
    func inlineParts() -> Set<String> {
        var out = Set<String>()
        for entity in entities where entity.kind == .system {
            guard let stack = entity.stackcat("id")?.value, let lines = entity.stackcat("components")?.value else { continue }
            for line in lines.split(whereSeparator: \.isNewline) {
                let words = line.split(whereSeparator: \.isWhitespace)
                if words.count >= 3, words[2] == "inline" { out.insert(stack + "\u{0}" + words[1]) }
            }
        }
        return out
    }

    static func inlineKey(_ entity: BackstageEntity) -> String? {
        guard entity.kind == .component, let stack = entity.stackcat("component-of")?.value, let id = entity.stackcat("id")?.value else { return nil }
        return stack + "\u{0}" + id
    }

    /// Ids for tools and stacks, which share one namespace: kept ids first, then made ones in order.
    mutating func mapToolIDs(skipping inline: Set<String>) {
        let toolIndices = entities.indices.filter {
            let e = entities[$0]
            return (e.kind == .component || e.kind == .resource) && !(Self.inlineKey(e).map(inline.contains) ?? false)
        }
        let systems = entities.indices.filter { entities[$0].kind == .system }
        let kept = reserveIDs(toolIndices + systems, namespace: "entry")
        for i in toolIndices {
            let entity = entities[i]
            let id = id(for: entity, namespace: "entry", kept: kept.contains(i))
            toolByKey[entity.key] = id
            if let original = entity.stackcat("id")?.value, toolByOriginalID[original] == nil { toolByOriginalID[original] = id }
            tools.append(
                Tool(
                    id: id, name: entity.title ?? entity.name.value, categories: [], summary: "", hosting: .inHouse,
                    lifecycle: .active, tags: [], entity: i))
        }
        stackIDs = systems.map { (i: $0, id: id(for: entities[$0], namespace: "entry", kept: kept.contains($0))) }
    }

    var stackIDs: [(i: Int, id: String)] = []

    /// Which tools provide each API (`spec.providesApis`), for the consumers' relations.
    mutating func mapProviders() {
        for tool in tools {
            let entity = entities[tool.entity]
            for reference in entity.providesApis {
                guard let ref = BackstageEntity.key(ofReference: reference.value, defaultKind: .api, namespace: entity.namespace) else { continue }
                providers[ref.key, default: []].append(tool.id)
            }
        }
    }

    /// The ring a system's member gets from its Backstage lifecycle: `production` is in use
    /// (`adopt`), `experimental` tried (`trial`), `deprecated` on its way out (`hold`).
    static func ring(of lifecycle: String?) -> Ring {
        switch lifecycle?.lowercased() {
        case "production": return .adopt
        case "experimental": return .trial
        case "deprecated": return .hold
        default: return .assess
        }
    }

    mutating func fillTool(_ index: Int) {
        let entity = entities[tools[index].entity]
        var tool = tools[index]
        let summary = Self.summary(of: entity)
        tool.summary = summary ?? "\(entity.kind.displayName) \(tool.name) from the Backstage catalog."
        if let description = entity.description, Self.oneLine(description) != summary { tool.description = description }
        tool.homepage = entity.links.first { ["homepage", "website", "home"].contains($0.title.lowercased()) && URLCheck.isHTTPURL($0.url) }?.url
        tool.repo = entity.links.first { ["repository", "repo", "source"].contains($0.title.lowercased()) && URLCheck.isHTTPURL($0.url) }?.url
        if tool.repo == nil, let source = entity.annotations["backstage.io/source-location"]?.value, source.hasPrefix("url:"),
            URLCheck.isHTTPURL(String(source.dropFirst(4)))
        {
            tool.repo = String(source.dropFirst(4))
        }
        // Other links (documentation, dashboards, an export's sources) are where the facts come from.
        var sources: [String] = []
        for link in entity.links where URLCheck.isHTTPURL(link.url) && link.url != tool.homepage && link.url != tool.repo && !sources.contains(link.url) {
            sources.append(link.url)
        }
        tool.sources = sources
        if let carried = entity.stackcat("sources") {
            tool.sources = carried.value.split(whereSeparator: \.isNewline).map(String.init)
        }
        for fact in BackstageCarried.toolFacts {
            let name = BackstageCarried.annotationName(fact.key)
            // Markdown keeps its exact text (a final line break too); other values are trimmed.
            guard let text = fact.kind == .markdown ? entity.rawStackcat(name) : entity.stackcat(name)?.value, !text.isEmpty else { continue }
            tool.facts.append((fact.key, BackstageCarried.yaml(fact, text)))
        }
        // Categories: the annotation, else spec.type.
        if let annotation = entity.stackcat("category") {
            tool.categories = annotation.value.split(whereSeparator: \.isWhitespace).map { word in
                Identifier.isValid(String(word)) ? String(word) : IDAllocator.slug(String(word))
            }
        }
        if tool.categories.isEmpty { tool.categories = [IDAllocator.slug(entity.specType ?? entity.kind.rawValue)] }
        tool.tags = entity.tags.filter { !tool.categories.contains($0) }
        tool.roles = (entity.stackcat("roles")?.value.split(whereSeparator: \.isWhitespace).map(String.init) ?? []).filter { Identifier.isValid($0) }
        // Hosting: the annotation, else by kind and type.
        var hosting: Hosting?
        if let annotation = entity.stackcat("hosting") {
            hosting = Hosting(rawValue: annotation.value)
            if hosting == nil { warn(.badAnnotation(name: "stackcat.dev/hosting", value: annotation.value), entity, annotation.span) }
        }
        let defaultHosting: Hosting =
            entity.kind == .component
            ? (entity.specType == "library" ? .library : .inHouse)
            : (tool.homepage == nil ? .inHouse : .managed)
        tool.hosting = hosting ?? defaultHosting
        if tool.hosting != .inHouse && tool.homepage == nil {
            warn(.noHomepage(name: tool.name, hosting: tool.hosting.rawValue), entity)
            tool.hosting = .inHouse
        }
        tool.owner = owner(of: entity)
        // An export that had to choose an owner for a tool without one says so: the tool had none.
        if entity.stackcat("owner-from") != nil && tool.hosting != .inHouse { tool.owner = nil }
        if tool.hosting == .inHouse && tool.owner == nil {
            tool.owner = Self.unownedTeamID
            needsUnowned = true
        }
        if let annotation = entity.stackcat("lifecycle") {
            if let lifecycle = Lifecycle(rawValue: annotation.value) {
                tool.lifecycle = lifecycle
            } else {
                warn(.badAnnotation(name: "stackcat.dev/lifecycle", value: annotation.value), entity, annotation.span)
            }
        } else if entity.lifecycle?.lowercased() == "deprecated" {
            tool.lifecycle = .deprecated
        }
        (tool.relations, tool.relationNotes) = relations(of: entity, id: tool.id)
        if tool.lifecycle == .superseded && !tool.relations.contains(where: { $0.type == "superseded-by" }) {
            tool.lifecycle = .deprecated
        }
        tools[index] = tool
    }

    /// The summary an entity's description gives: all of it when an export wrote it (the entity
    /// carries `stackcat.dev/id`) and it fits, else its first sentence, shortened.
    static func summary(of entity: BackstageEntity) -> String? {
        guard let description = entity.description else { return nil }
        if entity.stackcat("id") != nil, !description.contains(where: \.isNewline), description.count <= CatalogLoader.summaryLimit {
            return description
        }
        return LandscapeImporter.shorten(LandscapeImporter.summary(of: description))
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    static func isDate(_ text: String) -> Bool {
        CalendarDate.problem(iso: text) == nil
    }
}
