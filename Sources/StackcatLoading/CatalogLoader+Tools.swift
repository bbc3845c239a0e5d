import StackcatModel
import StackcatYAML

extension LoadState {
    /// Reads a tool file key by key, in the order of `ToolFact.fileFacts`: each key is read and
    /// checked by its kind and stored through its declaration, so a new fact needs no code here.
    mutating func tool(_ root: YAMLNode, fileID: String, path: String) -> Tool? {
        guard isRootMapping(root, path: path, what: "a tool file") else { return nil }
        var reader = MappingReader(root, allowed: CatalogLoader.toolKeys, what: "tool '\(fileID)'", source: text, limit: diagnostics.remaining)
        let fallback = Located("", span: SourceSpan(start: root.span.start, end: root.span.start))
        var tool = Tool(
            id: fileID, path: path, name: fileID, category: fallback, categories: [], summary: "", homepage: "",
            license: "", hosting: .selfHosted, lifecycle: Located(.active, span: fallback.span),
            aliases: [], tags: [], roles: [], relations: [], sources: [])
        // What is required, and what an in-house tool may cite, depends on the hosting, which comes
        // before the keys it decides.
        var hosting: Hosting?
        for fact in ToolFact.fileFacts {
            guard let value = read(fact, from: &reader, hosting: hosting, fileID: fileID, path: path) else { continue }
            if fact.key == "hosting", case .text(let text) = value { hosting = Hosting(rawValue: text.value) }
            fact.store(value, in: &tool)
        }
        tool.factSpans = ["repo", "cncf", "hosting"].reduce(into: [String: SourceSpan]()) { spans, key in spans[key] = reader.node(key)?.span }
        tool.sourcesSpan = reader.node("sources")?.span
        diagnostics += reader.diagnostics
        return tool
    }

    /// One key's value, read and checked by its kind; nil when absent or not valid (the problem reported).
    mutating func read(
        _ fact: ToolFact, from reader: inout MappingReader, hosting: Hosting?, fileID: String,
        path: String
    ) -> ToolFact.Stated? {
        let key = fact.key
        let required = fact.isRequired(hosting: hosting)
        switch fact.kind {
        case .id:
            checkFileID(&reader, fileID: fileID, path: path)
            return nil
        case .text, .markdown, .category, .team:
            return reader.string(key, required: required).map(ToolFact.Stated.text)
        case .summary:
            guard let value = summary(&reader, key: key, path: path), let node = reader.node(key) else { return nil }
            return .text(Located(value, span: node.span))
        case .url:
            return reader.url(key, required: required).map(ToolFact.Stated.text)
        case .license:
            guard let license = reader.string(key, required: required) else { return nil }
            diagnostics += SPDXLicense.diagnostics(for: license, path: path)
            return .text(license)
        case .choice(let allowed):
            return reader.choice(key, allowed: allowed, required: required).map(ToolFact.Stated.text)
        case .year:
            return reader.year(key).map(ToolFact.Stated.year)
        case .date:
            return reader.date(key).map(ToolFact.Stated.text)
        case .categories, .words, .roles:
            return .list(reader.stringList(key))
        case .relations:
            return .relations(relations(&reader, key: key, path: path))
        case .sources:
            // An in-house tool's facts come from internal pages and the repository's own files.
            return .list(hosting == .inHouse ? reader.sourceList(key) : reader.urlList(key))
        case .logo:
            return logo(&reader, key: key, path: path).map(ToolFact.Stated.text)
        }
    }

    /// A `logo:` path, when its form is usable (`LogoCheck.pathProblem`); its file is checked once the
    /// catalog is read (`CatalogLogos`, in validation).
    mutating func logo(_ reader: inout MappingReader, key: String = "logo", path: String) -> Located<String>? {
        guard let value = reader.string(key) else { return nil }
        if let problem = LogoCheck.pathProblem(value.value) {
            diagnostics.append(Diagnostics.logoPath(value.value, problem: problem, at: location(path, value.span)))
            return nil
        }
        return value
    }

    mutating func relations(_ reader: inout MappingReader, key: String, path: String) -> [Relation] {
        let nodes = reader.list(key)
        var relations: [Relation] = []
        relations.reserveCapacity(nodes.count)
        for node in nodes {
            guard node.isMapping else {
                diagnostics.append(
                    Diagnostics.wrongType(
                        key, expected: "a list of mappings with 'type' and 'target'",
                        found: node.kindDescription, at: location(path, node.span)))
                continue
            }
            var entry = MappingReader(
                node, allowed: CatalogLoader.relationEntryKeys,
                what: "a relation", source: text, limit: diagnostics.remaining)
            let type = entry.string("type", required: true)
            let target = entry.string("target", required: true)
            let note = entry.string("note")
            diagnostics += entry.diagnostics
            if let type, let target {
                relations.append(Relation(type: type, target: target, note: note?.value))
            }
        }
        return relations
    }
}
