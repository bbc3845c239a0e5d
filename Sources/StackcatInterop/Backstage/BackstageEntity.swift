import StackcatModel
import StackcatYAML

/// One Backstage entity as `import backstage` reads it: the fields it maps, with their positions.
struct BackstageEntity {
    enum Kind: String, CaseIterable {
        case group, component, resource, system, api, location

        /// As Backstage writes it: `Component`, `API`.
        var displayName: String { self == .api ? "API" : rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    var kind: Kind
    var namespace: String
    var name: Located<String>
    var path: String
    /// The whole document, where messages about the entity as a whole point.
    var span: SourceSpan
    var title: String?
    var description: String?
    var annotations: [String: Located<String>] = [:]
    /// The annotations' values as written, untrimmed: what an export carried exactly (a Markdown
    /// description, a vocabulary's YAML).
    var rawAnnotations: [String: String] = [:]
    var tags: [String] = []
    var links: [(url: String, title: String)] = []
    var specType: String?
    var owner: Located<String>?
    var system: Located<String>?
    var lifecycle: String?
    var dependsOn: [Located<String>] = []
    /// `spec.providesApis` and `spec.consumesApis` of a Component.
    var providesApis: [Located<String>] = []
    var consumesApis: [Located<String>] = []
    /// `spec.parent` of a Group.
    var parent: Located<String>?
    var displayName: String?
    var email: String?
    var targets: [Located<String>] = []

    /// `kind:namespace/name`, lower-cased as Backstage compares references.
    var key: String { Self.key(kind, namespace, name.value) }

    static func key(_ kind: Kind, _ namespace: String, _ name: String) -> String {
        "\(kind.rawValue):\(namespace)/\(name)".lowercased()
    }

    var location: SourceLocation { SourceLocation(path: path, span: span) }

    /// The name as messages and made-up names show it: `team-a` in the default namespace, and
    /// `other/team-a` elsewhere, so that entities that differ only by namespace can be told apart.
    var qualifiedName: String { Self.qualified(namespace, name.value) }

    static func qualified(_ namespace: String, _ name: String) -> String {
        namespace.lowercased() == "default" ? name : "\(namespace)/\(name)"
    }

    /// `qualified` of a key made by `key(ofReference:...)`, with the name as written.
    static func qualified(key: String, name: String) -> String {
        guard let colon = key.firstIndex(of: ":"), let slash = key[colon...].firstIndex(of: "/") else { return name }
        return qualified(String(key[key.index(after: colon)..<slash]), name)
    }

    /// The `stackcat.dev/` annotation `name`, trimmed, or nil.
    func stackcat(_ name: String) -> Located<String>? {
        annotations[BackstageExporter.annotationPrefix + name]
    }

    /// The `stackcat.dev/` annotation `name` exactly as written, or nil.
    func rawStackcat(_ name: String) -> String? {
        rawAnnotations[BackstageExporter.annotationPrefix + name]
    }

    /// An entity reference `[kind:][namespace/]name` as a key, with Backstage's defaults; any kind
    /// (`user:`, `api:`) is a reference, though only the kinds above are imported.
    static func key(ofReference text: String, defaultKind: Kind?, namespace: String) -> (key: String, name: String)? {
        var rest = Substring(text.trimmingWhitespace())
        var kind = defaultKind?.rawValue
        if let colon = rest.firstIndex(of: ":") {
            kind = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        var ns = namespace
        if let slash = rest.firstIndex(of: "/") {
            ns = String(rest[..<slash])
            rest = rest[rest.index(after: slash)...]
        }
        guard let kind, !kind.isEmpty, !rest.isEmpty, !ns.isEmpty else { return nil }
        return ("\(kind):\(ns)/\(rest)".lowercased(), String(rest))
    }

    /// Reads one document. Returns nil, after a warning, for what is not an entity the importer maps.
    static func read(_ root: YAMLNode, path: String, diagnose: (Diagnostics.BackstageProblem, SourceSpan) -> Void) -> BackstageEntity? {
        guard root.isMapping else {
            // An empty document (a trailing '---') is no entity and no mistake.
            if let scalar = root.scalar, scalar.resolvedType == .null { return nil }
            diagnose(.notAMapping(found: root.kindDescription), root.span)
            return nil
        }
        func text(_ node: YAMLNode?, _ field: String) -> String? {
            guard let node else { return nil }
            guard let scalar = node.scalar else {
                diagnose(.wrongType(field: field, expected: "text"), node.span)
                return nil
            }
            guard scalar.resolvedType != .null else { return nil }
            let trimmed = scalar.value.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        func located(_ node: YAMLNode?, _ field: String) -> Located<String>? {
            text(node, field).map { Located($0, span: node!.span) }
        }
        func mapping(_ node: YAMLNode?, _ field: String) -> YAMLNode? {
            guard let node, !(node.scalar?.resolvedType == .null) else { return nil }
            guard node.isMapping else {
                diagnose(.wrongType(field: field, expected: "a mapping"), node.span)
                return nil
            }
            return node
        }
        func list(_ node: YAMLNode?, _ field: String) -> [YAMLNode] {
            guard let node, !(node.scalar?.resolvedType == .null) else { return [] }
            guard let items = node.sequence else {
                diagnose(.wrongType(field: field, expected: "a list"), node.span)
                return []
            }
            return items
        }
        let top = root.fields
        guard let kindText = text(top["kind"], "kind") else {
            diagnose(.missingField("kind"), root.span)
            return nil
        }
        guard let kind = Kind(rawValue: kindText.lowercased()) else {
            diagnose(.unsupportedKind(kindText), top["kind"]!.span)
            return nil
        }
        if let version = text(top["apiVersion"], "apiVersion"),
            !["backstage.io/v1alpha1", "backstage.io/v1beta1"].contains(version)
        {
            diagnose(.unsupportedAPIVersion(version), top["apiVersion"]!.span)
            return nil
        }
        let metadata = mapping(top["metadata"], "metadata")?.fields ?? [:]
        guard let name = located(metadata["name"], "metadata.name") else {
            diagnose(.missingField("metadata.name"), (top["metadata"] ?? root).span)
            return nil
        }
        var entity = BackstageEntity(
            kind: kind, namespace: text(metadata["namespace"], "metadata.namespace") ?? "default",
            name: name, path: path, span: root.span)
        entity.title = text(metadata["title"], "metadata.title")
        entity.description = text(metadata["description"], "metadata.description")
        for (key, value) in mapping(metadata["annotations"], "metadata.annotations")?.fields ?? [:] {
            if let located = located(value, "annotation \(key)") {
                entity.annotations[key] = located
                entity.rawAnnotations[key] = value.scalar?.value
            }
        }
        entity.tags = list(metadata["tags"], "metadata.tags").compactMap { text($0, "a tag") }
        for link in list(metadata["links"], "metadata.links") {
            let fields = mapping(link, "a link")?.fields ?? [:]
            if let url = text(fields["url"], "a link's url") { entity.links.append((url, text(fields["title"], "a link's title") ?? "")) }
        }
        let spec = mapping(top["spec"], "spec")?.fields ?? [:]
        entity.specType = text(spec["type"], "spec.type")
        entity.owner = located(spec["owner"], "spec.owner")
        entity.system = located(spec["system"], "spec.system")
        entity.lifecycle = text(spec["lifecycle"], "spec.lifecycle")
        entity.dependsOn = list(spec["dependsOn"], "spec.dependsOn").compactMap { located($0, "a spec.dependsOn entry") }
        entity.providesApis = list(spec["providesApis"], "spec.providesApis").compactMap { located($0, "a spec.providesApis entry") }
        entity.consumesApis = list(spec["consumesApis"], "spec.consumesApis").compactMap { located($0, "a spec.consumesApis entry") }
        if kind == .group { entity.parent = located(spec["parent"], "spec.parent") }
        if let profile = mapping(spec["profile"], "spec.profile")?.fields {
            entity.displayName = text(profile["displayName"], "spec.profile.displayName")
            entity.email = text(profile["email"], "spec.profile.email")
        }
        if kind == .location {
            entity.targets = list(spec["targets"], "spec.targets").compactMap { located($0, "a spec.targets entry") }
            if let target = located(spec["target"], "spec.target") { entity.targets.insert(target, at: 0) }
        }
        return entity
    }
}

extension YAMLNode {
    /// A mapping's values by scalar key (the reader has already refused duplicate keys).
    var fields: [String: YAMLNode] {
        var out: [String: YAMLNode] = [:]
        forEachPair { key, value in
            if let k = key.scalar?.value { out[k] = value }
        }
        return out
    }
}
