import StackcatModel

/// Systems to stacks: their components from `stackcat.dev/components` or from the entities whose
/// `spec.system` names them, and what an export carried for them (flows, sources, roles).
extension BackstageMapping {
    mutating func mapStacks(inline: Set<String>) {
        var inlineEntities: [String: Int] = [:]
        var membersBySystem: [String: [Part]] = [:]
        for tool in tools {
            let entity = entities[tool.entity]
            if let system = entity.system {
                if let ref = BackstageEntity.key(ofReference: system.value, defaultKind: .system, namespace: entity.namespace) {
                    membersBySystem[ref.key, default: []].append(Part(tool: tool.id, ring: Self.ring(of: entity.lifecycle)))
                }
            }
        }
        for i in entities.indices { if let key = Self.inlineKey(entities[i]), inline.contains(key) { inlineEntities[key] = i } }
        for (i, id) in stackIDs {
            let entity = entities[i]
            let name = entity.title ?? entity.name.value
            let summary = Self.summary(of: entity)
            var stack = Stack(id: id, name: name, summary: summary ?? "System \(name) from the Backstage catalog.", components: [])
            if let description = entity.description, Self.oneLine(description) != summary { stack.description = description }
            if let asOf = entity.stackcat("as-of") {
                if Self.isDate(asOf.value) {
                    stack.asOf = asOf.value
                } else {
                    warn(.badAnnotation(name: "stackcat.dev/as-of", value: asOf.value), entity, asOf.span)
                }
            }
            if let annotation = entity.stackcat("components") {
                let original = entity.stackcat("id")?.value ?? ""
                var roles: [String: String] = [:]
                for (id, role) in BackstageCarried.pairs(entity.stackcat("component-roles")?.value) { roles[id] = role }
                for line in annotation.value.split(whereSeparator: \.isNewline) {
                    if var part = part(line, stack: original, inlineEntities: inlineEntities, entity: entity, span: annotation.span) {
                        let words = line.split(whereSeparator: \.isWhitespace)
                        if words.count >= 2, let role = roles[String(words[1])] { part.role = role }
                        stack.components.append(part)
                    }
                }
            } else {
                stack.components = membersBySystem[entity.key] ?? []
            }
            carried(entity, into: &stack)
            stacks.append(stack)
        }
    }

    /// What an export carried for a stack beyond its components (`BackstageCarried`): its description
    /// and review date, and its flows, whose ends are the tools' ids as imported; and its sources,
    /// which are the System's links.
    func carried(_ entity: BackstageEntity, into stack: inout Stack) {
        if let description = entity.rawStackcat("description"), !description.isEmpty { stack.description = description }
        if let reviewed = entity.stackcat("reviewed")?.value, Self.isDate(reviewed) { stack.reviewed = reviewed }
        for link in entity.links where URLCheck.isHTTPURL(link.url) && !stack.sources.contains(link.url) { stack.sources.append(link.url) }
        for (from, rest) in BackstageCarried.pairs(entity.stackcat("flows")?.value) {
            guard let rest else { continue }
            let to = rest.prefix { $0 != " " }
            let label = rest.dropFirst(to.count).drop { $0 == " " }
            stack.flows.append(
                (toolByOriginalID[from] ?? from, toolByOriginalID[String(to)] ?? String(to), label.isEmpty ? nil : String(label)))
        }
    }

    /// One line of `stackcat.dev/components`: `ring id [inline] [owner=T] [reviewed=D]`.
    mutating func part(_ line: Substring, stack: String, inlineEntities: [String: Int], entity: BackstageEntity, span: SourceSpan) -> Part? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, let ring = Ring(rawValue: words[0]) else {
            warn(.badAnnotation(name: "stackcat.dev/components", value: String(line)), entity, span)
            return nil
        }
        var part = Part(ring: ring)
        for word in words.dropFirst(2) {
            if word.hasPrefix("owner=") {
                let team = String(word.dropFirst(6))
                if let id = teamByOriginalID[team] {
                    part.owner = id
                } else {
                    warn(.unresolved(what: "component owner", reference: team), entity, span)
                }
            } else if word.hasPrefix("reviewed="), Self.isDate(String(word.dropFirst(9))) {
                part.reviewed = String(word.dropFirst(9))
            } else if word != "inline" {
                warn(.badAnnotation(name: "stackcat.dev/components", value: word), entity, span)
            }
        }
        if words.count >= 3, words[2] == "inline" {
            part.id = Identifier.isValid(words[1]) ? words[1] : IDAllocator.slug(words[1])
            if let i = inlineEntities[stack + "\u{0}" + words[1]] {
                let inlineEntity = entities[i]
                part.name = inlineEntity.title ?? inlineEntity.name.value
                part.category = inlineEntity.stackcat("category")?.value.split(whereSeparator: \.isWhitespace).first.map(String.init)
                part.role = inlineEntity.description.map(Self.oneLine)
                if part.owner == nil { part.owner = owner(of: inlineEntity) }
            } else {
                part.name = words[1]
            }
            return part
        }
        guard let tool = toolByOriginalID[words[1]] else {
            warn(.unresolved(what: "stack component", reference: words[1]), entity, span)
            return nil
        }
        part.tool = tool
        return part
    }
}
