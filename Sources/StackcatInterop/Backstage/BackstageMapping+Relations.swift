import StackcatModel

/// A tool's relations: the types and targets an export carried (`stackcat.dev/relations`, with
/// their notes), or else `spec.dependsOn` and the APIs it consumes, as `depends-on`.
extension BackstageMapping {
    mutating func relations(of entity: BackstageEntity, id: String) -> ([(type: String, target: String)], [String: String]) {
        var out: [(type: String, target: String)] = []
        var notes: [String: String] = [:]
        var seen = Set<String>()
        func add(_ type: String, _ target: String, note: String? = nil) {
            if target != id, seen.insert(type + "\u{0}" + target).inserted {
                out.append((type, target))
                if let note { notes[type + "\u{0}" + target] = note }
            }
        }
        if let annotation = entity.stackcat("relations") {
            for word in annotation.value.split(whereSeparator: \.isWhitespace) {
                let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, Identifier.isValid(parts[0]) else {
                    warn(.badAnnotation(name: "stackcat.dev/relations", value: String(word)), entity, annotation.span)
                    continue
                }
                guard let target = toolByOriginalID[parts[1]] else {
                    warn(.unresolved(what: "relation target", reference: parts[1]), entity, annotation.span)
                    continue
                }
                add(parts[0], target)
            }
            for (key, note) in BackstageCarried.pairs(entity.stackcat("relation-notes")?.value) {
                let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
                if parts.count == 2, let target = toolByOriginalID[parts[1]], let note { notes[parts[0] + "\u{0}" + target] = note }
            }
            return (out, notes)
        }
        for reference in entity.dependsOn {
            let kinds: [BackstageEntity.Kind] = reference.value.contains(":") ? [.component] : [.component, .resource]
            let byKey = toolByKey
            let target = kinds.lazy.compactMap { kind in
                BackstageEntity.key(ofReference: reference.value, defaultKind: kind, namespace: entity.namespace).flatMap { byKey[$0.key] }
            }.first
            guard let target else {
                warn(.unresolved(what: "spec.dependsOn", reference: reference.value), entity, reference.span)
                continue
            }
            add(BackstageImporter.dependsOn, target)
        }
        // A consumer of an API depends on the tools that provide it.
        for reference in entity.consumesApis {
            guard let ref = BackstageEntity.key(ofReference: reference.value, defaultKind: .api, namespace: entity.namespace),
                let found = providers[ref.key], !found.isEmpty
            else {
                warn(.unresolved(what: "spec.consumesApis", reference: reference.value), entity, reference.span)
                continue
            }
            for provider in found { add(BackstageImporter.dependsOn, provider, note: "through the API \(ref.name)") }
        }
        return (out, notes)
    }
}
