import StackcatModel
import StackcatYAML

/// Reading a stack file: components, flows and their references' positions.
extension LoadState {
    mutating func stack(_ root: YAMLNode, fileID: String, path: String) -> Stack? {
        guard isRootMapping(root, path: path, what: "a stack file") else { return nil }
        var reader = MappingReader(root, allowed: CatalogLoader.stackKeys, what: "stack '\(fileID)'", source: text, limit: diagnostics.remaining)
        checkFileID(&reader, fileID: fileID, path: path)
        let name = reader.string("name", required: true)
        let summary = summary(&reader, path: path)
        let description = reader.string("description")
        let asOf = reader.date("as_of")
        let reviewed = reader.date("reviewed")
        let sources = reader.urlList("sources")
        var components: [Component] = []
        for node in reader.list("components", required: true) {
            if let component = component(node, path: path) { components.append(component) }
        }
        var flows: [Flow] = []
        for node in reader.list("flows") {
            guard node.isMapping else {
                diagnostics.append(
                    Diagnostics.wrongType(
                        "flows", expected: "a list of mappings with 'from' and 'to'",
                        found: node.kindDescription, at: location(path, node.span)))
                continue
            }
            var entry = MappingReader(node, allowed: CatalogLoader.flowKeys, what: "a flow", source: text, limit: diagnostics.remaining)
            let from = entry.string("from", required: true)
            let to = entry.string("to", required: true)
            let label = entry.string("label")
            diagnostics += entry.diagnostics
            if let from, let to { flows.append(Flow(from: from, to: to, label: label?.value)) }
        }
        diagnostics += reader.diagnostics
        return Stack(
            id: fileID, path: path, name: name?.value ?? fileID, summary: summary ?? "",
            description: description?.value, asOf: asOf?.value, sources: sources.map(\.value),
            components: components, flows: flows, reviewed: reviewed)
    }

    mutating func component(_ node: YAMLNode, path: String) -> Component? {
        guard node.isMapping else {
            diagnostics.append(
                Diagnostics.wrongType(
                    "components", expected: "a list of mappings", found: node.kindDescription,
                    at: location(path, node.span)))
            return nil
        }
        var reader = MappingReader(node, allowed: CatalogLoader.componentKeys, what: "a component", source: text, limit: diagnostics.remaining)
        defer { diagnostics += reader.diagnostics }
        let tool = reader.string("tool")
        let inHouse = reader.string("id")
        let name = reader.string("name")
        let category = reader.string("category")
        let ring: Located<Ring>? = reader.choice("ring", required: true)
        let role = reader.string("role")
        let owner = reader.string("owner")
        let reviewed = reader.date("reviewed")
        let here = location(path, SourceSpan(start: node.span.start, end: node.span.start))
        if tool != nil && (inHouse != nil || reader.has("name") || reader.has("category")) {
            diagnostics.append(Diagnostics.componentKind(at: here))
            return nil
        }
        if tool == nil && inHouse == nil {
            // A present but malformed 'tool' or 'id' is already reported.
            if !reader.has("tool") && !reader.has("id") { diagnostics.append(Diagnostics.componentKind(at: here)) }
            return nil
        }
        if let inHouse {
            if !Identifier.isValid(inHouse.value) {
                diagnostics.append(Diagnostics.invalidID(inHouse.value, at: location(path, inHouse.span)))
            }
            if !reader.has("name") {
                diagnostics.append(Diagnostics.missingKey("name", in: "in-house component '\(inHouse.value)'", at: here))
            }
        }
        return Component(
            tool: tool, inHouseID: inHouse, name: name?.value, category: category,
            ring: ring?.value ?? .adopt, role: role?.value, owner: owner, reviewed: reviewed, span: node.span)
    }
}
