import StackcatModel
import StackcatRendering

extension LanguageServer {
    /// The id under the cursor.
    func occurrence(_ params: JSONValue) throws -> (Document, Occurrence)? {
        guard let (document, offset) = try cursor(params),
            let occurrence = workspace?.index.occurrence(at: offset, in: document.relativePath)
        else { return nil }
        return (document, occurrence)
    }

    func definition(_ params: JSONValue) throws -> JSONValue {
        guard let (_, occurrence) = try occurrence(params), let index = workspace?.index else { return .null }
        let locations = index.declarations(of: occurrence.kind, occurrence.id).compactMap { location($0.relativePath, $0.bytes) }
        return locations.isEmpty ? .null : .array(locations)
    }

    func references(_ params: JSONValue) throws -> JSONValue {
        guard let (_, occurrence) = try occurrence(params), let index = workspace?.index else { return .array([]) }
        let withDeclaration = params["context"]?["includeDeclaration"]?.boolValue ?? true
        return .array(
            index.occurrences(of: occurrence.kind, occurrence.id)
                .filter { withDeclaration || !$0.isDeclaration }
                .compactMap { location($0.relativePath, $0.bytes) })
    }

    /// LSP's SymbolKind for each kind of id.
    static func symbolKind(_ kind: IDKind) -> Int {
        switch kind {
        case .tool: 5  // Class
        case .stack: 2  // Module
        case .team: 19  // Object
        case .category: 3  // Namespace
        case .role: 11  // Interface
        case .relation: 24  // Operator
        }
    }

    func documentSymbols(_ params: JSONValue) throws -> JSONValue {
        guard let document = document(try uri(of: params)), let index = workspace?.index else { return .array([]) }
        let declarations = (index.byFile[document.relativePath] ?? []).filter(\.isDeclaration)
        return .array(
            declarations.map { declaration in
                let entry = declaration.entry ?? declaration.bytes
                return .object([
                    ("name", .string(declaration.id)),
                    ("detail", .string(declaration.kind.noun)),
                    ("kind", .int(Self.symbolKind(declaration.kind))),
                    ("range", range(entry, in: document.lines)),
                    ("selectionRange", range(declaration.bytes, in: document.lines))
                ])
            })
    }

    func workspaceSymbols(_ params: JSONValue) -> JSONValue {
        guard let index = workspace?.index else { return .array([]) }
        let query = (params["query"]?.stringValue ?? "").lowercased()
        var symbols: [JSONValue] = []
        for declaration in index.allDeclarations where query.isEmpty || Self.fuzzyMatches(query, declaration.id) {
            guard let location = location(declaration.relativePath, declaration.bytes) else { continue }
            symbols.append(
                .object([
                    ("name", .string(declaration.id)), ("kind", .int(Self.symbolKind(declaration.kind))),
                    ("containerName", .string(declaration.kind.noun)), ("location", location)
                ]))
            if symbols.count == 500 { break }
        }
        return .array(symbols)
    }

    /// The query's characters in order inside the id, as editors' symbol pickers match.
    static func fuzzyMatches(_ query: String, _ id: String) -> Bool {
        var rest = Substring(id)
        for character in query {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }

    func hover(_ params: JSONValue) throws -> JSONValue {
        guard let (document, occurrence) = try occurrence(params), var workspace else { return .null }
        let catalog = workspace.check().catalog
        self.workspace = workspace
        guard let text = Self.hoverText(occurrence.kind, occurrence.id, catalog: catalog) else { return .null }
        return .object([
            ("contents", .object([("kind", .string("markdown")), ("value", .string(text))])),
            ("range", range(occurrence.bytes, in: document.lines))
        ])
    }

    /// Markdown about one id: what `show` would say first.
    static func hoverText(_ kind: IDKind, _ id: String, catalog: Catalog) -> String? {
        func code(_ text: String) -> String { "`" + text.replacing("`", with: "'") + "`" }
        switch kind {
        case .tool:
            guard let tool = catalog.tool(id) else { return "Unknown tool \(code(id))" }
            var lines = ["**\(markdown(tool.name))** (\(code(tool.id)))", "", markdown(tool.summary), ""]
            let category = catalog.category(tool.category.value).map { "\(markdown($0.name)) (\(code($0.id.value)))" } ?? code(tool.category.value)
            lines.append("Category: \(category)  ")
            lines.append("Lifecycle: \(tool.lifecycle.value.rawValue), hosting: \(tool.hosting.rawValue)")
            let rings = catalog.stacks.compactMap { stack in
                stack.components.first { $0.tool?.value == id }.map { "- \(markdown(stack.name)): **\($0.ring.rawValue)**" }
            }
            if !rings.isEmpty { lines += ["", "In stacks:"] + rings }
            if !tool.aliases.isEmpty { lines += ["", "Aliases: " + tool.aliases.map { code($0.value) }.joined(separator: ", ")] }
            return lines.joined(separator: "\n")
        case .relation:
            guard let type = catalog.relationType(id) else { return "Unknown relation type \(code(id))" }
            var text = "**\(markdown(type.label))** (\(code(id))) — inverse: \(markdown(type.inverse))"
            if type.symmetric { text += ", symmetric" }
            if let description = type.description { text += "\n\n" + markdown(description) }
            return text
        case .category:
            guard let category = catalog.category(id) else { return "Unknown category \(code(id))" }
            var text = "**\(markdown(category.name))** (\(code(id)))"
            if let parent = category.parent { text += " in \(code(parent.value))" }
            if let description = category.description { text += "\n\n" + markdown(description) }
            return text
        case .role:
            guard let role = catalog.role(id) else { return "Unknown role \(code(id))" }
            return "**\(markdown(role.name))** (\(code(id)))" + (role.description.map { "\n\n" + markdown($0) } ?? "")
        case .team:
            guard let team = catalog.team(id) else { return "Unknown team \(code(id))" }
            var text = "**\(markdown(team.name))** (\(code(id)))"
            if let contact = team.contact { text += "\n\nContact: \(markdown(contact))" }
            if let description = team.description { text += "\n\n" + markdown(description) }
            return text
        case .stack:
            guard let stack = catalog.stack(id) else { return "Unknown stack \(code(id))" }
            return "**\(markdown(stack.name))** (\(code(id)))\n\n\(markdown(stack.summary))"
        }
    }

    /// Catalog text shown as Markdown: characters that would start markup are escaped.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
