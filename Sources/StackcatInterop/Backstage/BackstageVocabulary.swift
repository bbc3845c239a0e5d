import StackcatLoading
import StackcatModel
import StackcatYAML

/// The catalog's vocabularies as `export backstage` carries them and `import backstage` reads them
/// back: Backstage has no place for category names, the category tree, the radar's quadrants, role
/// names or relation labels, so the `Location` entity carries each vocabulary file's YAML in a
/// `stackcat.dev/vocabulary-...` annotation, and the import reads it with the catalog loader, as the
/// file it was.
enum BackstageVocabulary {
    /// The annotation names (after `stackcat.dev/`), by the vocabulary file they hold.
    static let annotations: [(name: String, file: String)] = [
        ("vocabulary-categories", "categories.yaml"), ("vocabulary-roles", "roles.yaml"), ("vocabulary-relations", "relations.yaml")
    ]

    /// The annotations of the export's Location: each vocabulary that has entries, as its file's YAML.
    static func annotations(of catalog: Catalog) -> [(String, String)] {
        var out: [(String, String)] = []
        if !catalog.categories.isEmpty {
            out.append((annotations[0].name, categoriesFile(catalog.categories.map(entry), radar: catalog.radar)))
        }
        if !catalog.roles.isEmpty { out.append((annotations[1].name, catalog.roles.map(entry).joined())) }
        if !catalog.relationTypes.isEmpty { out.append((annotations[2].name, catalog.relationTypes.map(entry).joined())) }
        return out
    }

    /// `categories.yaml` of these entries: a list, or with a radar section first (so that entries an
    /// import merge appends stay in the list) the `radar:` and `categories:` mapping.
    static func categoriesFile(_ entries: [String], radar: RadarSettings?) -> String {
        guard let radar else { return entries.isEmpty ? "[]\n" : entries.joined() }
        var text = "radar:\n  quadrants:\n"
        for quadrant in radar.quadrants {
            text += "    - name: \(YAMLWriter.scalar(quadrant.name.value))\n      categories: \(YAMLWriter.list(quadrant.categories.map(\.value)))\n"
        }
        return text + "categories:" + (entries.isEmpty ? " []\n" : "\n" + entries.joined())
    }

    static func entry(_ category: Category) -> String {
        let w = YAMLWriter.scalar
        var text = "- id: \(w(category.id.value))\n  name: \(w(category.name))\n"
        if let description = category.description { text += "  description: \(w(description))\n" }
        if let parent = category.parent { text += "  parent: \(w(parent.value))\n" }
        return text
    }

    static func entry(_ role: Role) -> String {
        let w = YAMLWriter.scalar
        return "- id: \(w(role.id.value))\n  name: \(w(role.name))\n" + (role.description.map { "  description: \(w($0))\n" } ?? "")
    }

    static func entry(_ type: RelationType) -> String {
        let w = YAMLWriter.scalar
        var text = "- id: \(w(type.id.value))\n  label: \(w(type.label))\n  inverse: \(w(type.inverse))\n"
        if let description = type.description { text += "  description: \(w(description))\n" }
        text += "  symmetric: \(type.symmetric)\n"
        var style: [String] = []
        if type.declaresColor { style.append("color: \(YAMLWriter.quoted(type.style.color))") }
        if type.declaresLine { style.append("line: \(type.style.line.rawValue)") }
        if !style.isEmpty { text += "  style: { \(style.joined(separator: ", ")) }\n" }
        return text
    }

    /// The vocabularies that the first Location with these annotations carries, as a catalog that
    /// holds only them, or nil without one; a vocabulary that does not load is reported and left out.
    static func read(_ entities: [BackstageEntity]) -> (catalog: Catalog?, diagnostics: [Diagnostic]) {
        guard
            let location = entities.first(where: { entity in
                entity.kind == .location && annotations.contains { entity.stackcat($0.name) != nil }
            })
        else { return (nil, []) }
        var files: [CatalogFile] = []
        var diagnostics: [Diagnostic] = []
        for (name, file) in annotations {
            guard let annotation = location.stackcat(name), let text = location.rawStackcat(name) else { continue }
            let candidate = CatalogFile(relativePath: file, displayPath: file, contents: text)
            if CatalogLoader.load([candidate]).diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(
                    Diagnostics.backstage(
                        .badAnnotation(name: BackstageExporter.annotationPrefix + name, value: "(\(file))"),
                        at: SourceLocation(path: location.path, span: annotation.span)))
                continue
            }
            files.append(candidate)
        }
        return (files.isEmpty ? nil : CatalogLoader.load(files).catalog, diagnostics)
    }
}
