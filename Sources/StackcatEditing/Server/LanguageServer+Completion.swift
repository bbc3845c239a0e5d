import StackcatLoading
import StackcatModel
import StackcatRendering

extension LanguageServer {
    /// LSP's CompletionItemKind values used here.
    enum ItemKind: Int {
        case value = 12
        case enumMember = 20
        case snippet = 15
        case reference = 18
        case module = 9
    }

    func completion(_ params: JSONValue) throws -> JSONValue {
        guard let (document, offset) = try cursor(params), var workspace else { return .array([]) }
        let context = CompletionContext(bytes: document.text.bytes, lines: document.lines, offset: offset)
        let catalog = workspace.check().catalog
        self.workspace = workspace
        let replace = range(context.wordStart..<offset, in: document.lines)
        var items: [JSONValue] = []
        func item(_ label: String, kind: ItemKind, detail: String? = nil, documentation: String? = nil, filter: String? = nil) {
            var fields: [(String, JSONValue)] = [("label", .string(label)), ("kind", .int(kind.rawValue))]
            if let detail { fields.append(("detail", .string(detail))) }
            if let documentation { fields.append(("documentation", .string(documentation))) }
            if let filter { fields.append(("filterText", .string(filter))) }
            fields.append(("textEdit", .object([("range", replace), ("newText", .string(label))])))
            items.append(.object(fields))
        }
        func snippet(_ label: String, _ body: [String], detail: String) {
            guard snippetSupport else { return }
            let indent = String(repeating: " ", count: context.itemIndent + 2)
            let text = body.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }.joined(separator: "\n")
            items.append(
                .object([
                    ("label", .string(label)), ("kind", .int(ItemKind.snippet.rawValue)), ("detail", .string(detail)),
                    ("insertTextFormat", .int(2)),
                    ("textEdit", .object([("range", replace), ("newText", .string(text))]))
                ]))
        }
        let kind = document.layoutPath.hasPrefix("stacks/") ? "stack" : document.layoutPath.hasPrefix("tools/") ? "tool" : "vocabulary"
        switch (kind, context.key) {
        case ("tool", "target"?), ("stack", "tool"?):
            for tool in catalog.tools {
                let aliases = tool.aliases.map(\.value)
                item(
                    tool.id, kind: .reference, detail: tool.name + (aliases.isEmpty ? "" : " (" + aliases.joined(separator: ", ") + ")"),
                    documentation: tool.summary, filter: ([tool.id, tool.name] + aliases).joined(separator: " "))
            }
        case ("tool", "category"?), ("tool", "categories"?), ("stack", "category"?), ("vocabulary", "parent"?), ("vocabulary", "categories"?):
            for category in catalog.categories {
                item(category.id.value, kind: .enumMember, detail: category.name, documentation: category.description)
            }
        case ("tool", "roles"?):
            for role in catalog.roles { item(role.id.value, kind: .enumMember, detail: role.name, documentation: role.description) }
        case ("tool", "type"?):
            for type in catalog.relationTypes {
                item(type.id.value, kind: .enumMember, detail: type.label, documentation: type.description)
            }
        case ("tool", "owner"?), ("stack", "owner"?):
            for team in catalog.teams { item(team.id.value, kind: .enumMember, detail: team.name, documentation: team.description) }
        case ("stack", "ring"?):
            for ring in Ring.allCases { item(ring.rawValue, kind: .value) }
        case ("stack", "from"?), ("stack", "to"?):
            let stackID = String(document.layoutPath.dropFirst("stacks/".count).prefix { $0 != "." })
            for component in catalog.stack(stackID)?.components ?? [] {
                item(component.id, kind: .reference, detail: component.tool.flatMap { catalog.tool($0.value)?.name } ?? component.name)
            }
        case ("tool", "license"?):
            for license in SPDXLicense.completions { item(license, kind: .value) }
        case ("tool", "hosting"?):
            for hosting in Hosting.allCases { item(hosting.rawValue, kind: .value) }
        case ("tool", "lifecycle"?):
            for lifecycle in Lifecycle.allCases { item(lifecycle.rawValue, kind: .value) }
        case ("tool", "cncf"?):
            for maturity in CNCFMaturity.allCases { item(maturity.rawValue, kind: .value) }
        case ("tool", "relations"?) where context.isNewItem:
            let types = catalog.relationTypes.map(\.id.value).joined(separator: ",")
            snippet(
                "relation", ["type: ${1|\(types.isEmpty ? "integrates-with" : types)|}", "target: ${2}", "note: ${3}"],
                detail: "a relation: type, target, note")
        case ("stack", "components"?) where context.isNewItem:
            snippet("component", ["tool: ${1}", "ring: ${2|adopt,trial,assess,hold|}", "role: ${3}"], detail: "a catalog tool in this stack")
            snippet(
                "in-house component", ["id: ${1}", "name: ${2}", "category: ${3}", "ring: ${4|adopt,trial,assess,hold|}", "role: ${5}"],
                detail: "a part that is not a catalog tool")
        case ("stack", "flows"?) where context.isNewItem:
            snippet("flow", ["from: ${1}", "to: ${2}", "label: ${3}"], detail: "an edge between two components")
        default:
            break
        }
        return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
    }
}
