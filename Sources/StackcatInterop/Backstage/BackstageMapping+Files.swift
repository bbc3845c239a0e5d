import CatalogLayout
import StackcatModel
import StackcatYAML

extension BackstageMapping {
    /// The catalog's files, sorted by path. Vocabularies declare exactly what the tools and stacks use:
    /// Backstage carries no category names or relation labels, so they are made from the ids.
    func files() -> [(path: String, contents: String)] {
        let marker = BackstageImporter.marker + "\n"
        let w = YAMLWriter.scalar
        var files: [(path: String, contents: String)] = []

        // The vocabularies: what an export carried (`BackstageVocabulary`), and entries made from the
        // ids for whatever else the tools and stacks use.
        var categories = Set(tools.flatMap(\.categories))
        for stack in stacks { for part in stack.components { if let c = part.category { categories.insert(c) } } }
        let carried = vocabulary
        for category in carried?.categories ?? [] { categories.insert(category.id.value) }
        let categoryEntries = categories.sorted { $0.utf8Precedes($1) }.map { id in
            carried?.category(id).map(BackstageVocabulary.entry) ?? "- id: \(YAMLWriter.scalar(id))\n  name: \(w(ImportedName.of(Self.title(of: id))))\n"
        }
        files.append((CatalogLayout.path(forVocabulary: .categories)!, marker + BackstageVocabulary.categoriesFile(categoryEntries, radar: carried?.radar)))
        // Backstage records no roles; an export's stackcat.dev/roles annotations name them.
        let roles = Set(tools.flatMap(\.roles) + (carried?.roles.map(\.id.value) ?? [])).sorted { $0.utf8Precedes($1) }
        files.append(
            (
                CatalogLayout.path(forVocabulary: .roles)!,
                marker
                    + Self.list(
                        roles.map { id in
                            carried?.role(id).map(BackstageVocabulary.entry)
                                ?? "- id: \(YAMLWriter.scalar(id))\n  name: \(w(ImportedName.of(Self.title(of: id))))\n"
                        })
            ))
        let types = Set(tools.flatMap { $0.relations.map(\.type) } + (carried?.relationTypes.map(\.id.value) ?? [])).sorted { $0.utf8Precedes($1) }
        files.append(
            (
                CatalogLayout.path(forVocabulary: .relations)!,
                marker
                    + Self.list(
                        types.map { type in
                            if let declared = carried?.relationType(type) { return BackstageVocabulary.entry(declared) }
                            let label = type == BackstageImporter.dependsOn ? "depends on" : Self.words(type)
                            let inverse = type == BackstageImporter.dependsOn ? "needed by" : "\(label) (inverse)"
                            return "- id: \(YAMLWriter.scalar(type))\n  label: \(w(label))\n  inverse: \(w(inverse))\n"
                        })
            ))
        files.append(
            (
                CatalogLayout.path(forVocabulary: .teams)!,
                marker
                    + Self.list(
                        teams.sorted { $0.id.utf8Precedes($1.id) }.map { team in
                            var out = "- id: \(YAMLWriter.scalar(team.id))\n  name: \(w(ImportedName.of(team.name)))\n"
                            if let description = team.description { out += "  description: \(w(description))\n" }
                            if let contact = team.contact { out += "  contact: \(w(contact))\n" }
                            if let parent = team.parent { out += "  parent: \(YAMLWriter.scalar(parent))\n" }
                            return out
                        })
            ))
        for tool in tools { files.append((CatalogLayout.path(forTool: tool.id), marker + Self.toolText(tool))) }
        for stack in stacks { files.append((CatalogLayout.path(forStack: stack.id), marker + Self.stackText(stack))) }
        return files.sorted { $0.path.utf8Precedes($1.path) }
    }

    static func list(_ entries: [String]) -> String {
        entries.isEmpty ? "[]\n" : entries.joined()
    }

    /// `s3-bucket` → `S3 bucket`.
    static func title(of id: String) -> String {
        let words = Self.words(id)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func words(_ id: String) -> String {
        id.split(separator: "-").joined(separator: " ")
    }

    static func toolText(_ tool: Tool) -> String {
        let w = YAMLWriter.scalar
        var out = "name: \(w(ImportedName.of(tool.name)))\ncategory: \(tool.categories[0])\n"
        if tool.categories.count > 1 { out += "categories: \(YAMLWriter.list(Array(tool.categories.dropFirst())))\n" }
        out += "summary: \(w(tool.summary))\n"
        let carried = Set(tool.facts.map(\.key))
        if let description = tool.description, !carried.contains("description") { out += "description: \(w(description))\n" }
        if let homepage = tool.homepage { out += "homepage: \(w(homepage))\n" }
        if let repo = tool.repo { out += "repo: \(w(repo))\n" }
        // Backstage records no licence: NOASSERTION is SPDX's word for "not known".
        if tool.hosting != .inHouse && tool.hosting != .pattern && !carried.contains("license") { out += "license: NOASSERTION\n" }
        out += "hosting: \(tool.hosting.rawValue)\n"
        if let owner = tool.owner { out += "owner: \(YAMLWriter.scalar(owner))\n" }
        out += "lifecycle: \(tool.lifecycle.rawValue)\n"
        if !tool.tags.isEmpty && !carried.contains("tags") { out += "tags: \(YAMLWriter.list(tool.tags))\n" }
        for fact in tool.facts { out += "\(fact.key): \(fact.yaml)\n" }
        if !tool.roles.isEmpty { out += "roles: \(YAMLWriter.list(tool.roles))\n" }
        if !tool.relations.isEmpty {
            out +=
                "relations:\n"
                + tool.relations.map { relation in
                    var entry = "  - type: \(YAMLWriter.scalar(relation.type))\n    target: \(YAMLWriter.scalar(relation.target))\n"
                    if let note = tool.relationNotes[relation.type + "\u{0}" + relation.target] { entry += "    note: \(w(note))\n" }
                    return entry
                }.joined()
        }
        if !tool.sources.isEmpty { out += "sources:\n" + tool.sources.map { "  - \(w($0))\n" }.joined() }
        return out
    }

    static func stackText(_ stack: Stack) -> String {
        let w = YAMLWriter.scalar
        var out = "name: \(w(ImportedName.of(stack.name)))\nsummary: \(w(stack.summary))\n"
        if let description = stack.description { out += "description: \(w(description))\n" }
        if let asOf = stack.asOf { out += "as_of: \(asOf)\n" }
        if let reviewed = stack.reviewed { out += "reviewed: \(reviewed)\n" }
        if !stack.sources.isEmpty { out += "sources:\n" + stack.sources.map { "  - \(w($0))\n" }.joined() }
        if !stack.flows.isEmpty {
            out +=
                "flows:\n"
                + stack.flows.map { flow in
                    "  - from: \(YAMLWriter.scalar(flow.from))\n    to: \(YAMLWriter.scalar(flow.to))\n" + (flow.label.map { "    label: \(w($0))\n" } ?? "")
                }.joined()
        }
        if stack.components.isEmpty { return out + "components: []\n" }
        out += "components:\n"
        for part in stack.components {
            if let tool = part.tool {
                out += "  - tool: \(YAMLWriter.scalar(tool))\n"
            } else {
                out += "  - id: \(YAMLWriter.scalar(part.id ?? "part"))\n    name: \(w(ImportedName.of(part.name ?? part.id ?? "part")))\n"
                if let category = part.category { out += "    category: \(YAMLWriter.scalar(category))\n" }
            }
            out += "    ring: \(part.ring.rawValue)\n"
            if let role = part.role { out += "    role: \(w(role))\n" }
            if let owner = part.owner { out += "    owner: \(YAMLWriter.scalar(owner))\n" }
            if let reviewed = part.reviewed { out += "    reviewed: \(reviewed)\n" }
        }
        return out
    }
}
