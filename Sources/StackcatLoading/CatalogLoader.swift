import StackcatIO
import StackcatModel
import StackcatYAML

/// Turns catalog files into the typed `Catalog`, collecting every problem of every file. Checks
/// that span files (references, cycles, duplicates) belong to `CatalogValidator`.
public enum CatalogLoader {
    public static let summaryLimit = ToolFact.summaryLimit

    static let categoryKeys = KeyList(["id", "name", "description", "parent"])
    static let roleKeys = KeyList(["id", "name", "description"])
    static let teamKeys = KeyList(["id", "name", "description", "contact", "parent", "logo"])
    static let relationKeys = KeyList(["id", "label", "inverse", "description", "symmetric", "style"])
    static let styleKeys = KeyList(["color", "line"])
    static let toolKeys = KeyList(ToolFact.fileKeys)
    static let relationEntryKeys = KeyList(["type", "target", "note"])
    static let stackKeys = KeyList(["id", "name", "summary", "description", "as_of", "reviewed", "sources", "components", "flows"])
    static let componentKeys = KeyList(["tool", "id", "name", "category", "ring", "role", "owner", "reviewed"])
    static let flowKeys = KeyList(["from", "to", "label"])
    static let categoriesFileKeys = KeyList(["categories", "radar"])
    static let radarKeys = KeyList(["quadrants"])
    static let quadrantKeys = KeyList(["name", "categories"])

    public static func load(_ files: [CatalogFile], reader: YAMLReader = YAMLReader()) -> (catalog: Catalog, diagnostics: [Diagnostic]) {
        let (catalog, list) = load(files, reader: reader, perFile: .max)
        return (catalog, list.items)
    }

    /// As `load(_:reader:)`, keeping at most `perFile` diagnostics per file (the others counted).
    package static func load(_ files: [CatalogFile], reader: YAMLReader = YAMLReader(), perFile: Int) -> (catalog: Catalog, diagnostics: DiagnosticList) {
        // Files are independent until validation, so large catalogs are read on every core. Tools,
        // the bulk of a catalog, are made in place in the catalog's array, in file order, never copied.
        var (parts, tools) = Parallel.collect(files.count, initial: { LoadState(perFile: perFile) }) { state, index in
            state.load(files[index], reader: reader)
        }
        // The first part's arrays are taken over rather than copied; the others are appended.
        var state = parts.isEmpty ? LoadState(perFile: perFile) : parts.removeFirst()
        for part in parts {
            state.categories += part.categories
            state.roles += part.roles
            state.relationTypes += part.relationTypes
            state.stacks += part.stacks
            state.radar = state.radar ?? part.radar
            state.teams += part.teams
            state.settings = state.settings ?? part.settings
            state.diagnostics.merge(part.diagnostics)
            state.unreadableToolIDs.formUnion(part.unreadableToolIDs)
        }
        parts = []
        var catalog = Catalog(
            categories: state.categories, roles: state.roles, relationTypes: state.relationTypes,
            tools: consume tools, stacks: state.stacks, teams: state.teams,
            fileCount: files.count)
        catalog.unreadableToolIDs = state.unreadableToolIDs
        catalog.radar = state.radar
        catalog.settings = state.settings
        return (catalog, state.diagnostics)
    }
}

/// What loading has gathered so far: one per core while files are read, then merged.
struct LoadState {
    var categories: [Category] = []
    var roles: [Role] = []
    var relationTypes: [RelationType] = []
    var stacks: [Stack] = []
    var radar: RadarSettings?
    var settings: CatalogSettings?
    var teams: [Team] = []
    var diagnostics: DiagnosticList
    var unreadableToolIDs: Set<String> = []

    init(perFile: Int) {
        diagnostics = DiagnosticList(perFile: perFile)
    }

    func location(_ path: String, _ span: SourceSpan) -> SourceLocation {
        SourceLocation(path: path, span: span)
    }
    /// The file being read, for the exact positions of characters inside values.
    var text = SourceText(path: "", bytes: [])

    /// Reads one file into this state; a tool file's tool is returned rather than kept.
    mutating func load(_ file: CatalogFile, reader: YAMLReader) -> Tool? {
        let kind = file.kind
        if kind == .unexpected {
            diagnostics.append(Diagnostics.unexpectedFile(file.text.path))
            return nil
        }
        text = file.text
        diagnostics.beginFile()
        let (root, yamlProblems, omittedKeys) = reader.read(file.text, limit: diagnostics.remaining)
        diagnostics += yamlProblems
        diagnostics.omit(.error, count: omittedKeys)
        if case .tool(let id) = kind, root?.isMapping != true { unreadableToolIDs.insert(id) }
        if yamlProblems.contains(where: { $0.severity == .error }) && root == nil { return nil }
        let path = file.text.path
        let expected: String
        switch kind {
        case .categories, .roles, .relations, .teams: expected = "a list of entries"
        default: expected = "a mapping of keys"
        }
        guard let root, !(root.scalar?.resolvedType == .null && root.scalar?.value == "") else {
            // An empty catalog.yaml is a catalog without settings.
            if kind == .settings { return nil }
            let end = file.text.position(ofOffset: file.text.bytes.count)
            diagnostics.append(
                Diagnostics.emptyDocument(
                    at: SourceLocation(path: path, span: SourceSpan(start: .start, end: end)),
                    expected: expected))
            return nil
        }
        switch kind {
        case .categories:
            // Two forms: the list of categories, or a mapping of that list and the radar's quadrants.
            var list = root
            if root.isMapping {
                var file = MappingReader(
                    root, allowed: CatalogLoader.categoriesFileKeys, what: "the categories file", source: text, limit: diagnostics.remaining)
                list = file.node("categories") ?? list
                if !file.has("categories") { _ = file.list("categories", required: true) }
                if let section = file.mapping("radar") { radar = radarSettings(section, path: path) }
                diagnostics += file.diagnostics
                guard file.has("categories") else { break }
            }
            for case (var reader, let id) in vocabulary(list, path: path, what: "category", keys: CatalogLoader.categoryKeys) {
                let name = reader.string("name", required: true)
                let description = reader.string("description")
                let parent = reader.string("parent")
                categories.append(
                    Category(
                        id: id, name: name?.value ?? id.value, description: description?.value,
                        parent: parent, path: path))
                diagnostics += reader.diagnostics
            }
        case .roles:
            for case (var reader, let id) in vocabulary(root, path: path, what: "role", keys: CatalogLoader.roleKeys) {
                let name = reader.string("name", required: true)
                let description = reader.string("description")
                roles.append(Role(id: id, name: name?.value ?? id.value, description: description?.value, path: path))
                diagnostics += reader.diagnostics
            }
        case .relations:
            for case (var reader, let id) in vocabulary(root, path: path, what: "relation", keys: CatalogLoader.relationKeys) {
                relationTypes.append(relationType(&reader, id: id, path: path))
                diagnostics += reader.diagnostics
            }
        case .teams:
            for case (var reader, let id) in vocabulary(root, path: path, what: "team", keys: CatalogLoader.teamKeys) {
                let name = reader.string("name", required: true)
                let description = reader.string("description")
                var contact = reader.string("contact")
                if let text = contact, !ContactCheck.isContact(text.value) {
                    diagnostics.append(Diagnostics.invalidContact(text.value, at: location(path, text.span)))
                    contact = nil
                }
                var team = Team(
                    id: id, name: name?.value ?? id.value, description: description?.value,
                    contact: contact?.value, path: path)
                team.parent = reader.string("parent")
                team.logo = logo(&reader, path: path)
                teams.append(team)
                diagnostics += reader.diagnostics
            }
        case .tool(let fileID):
            if let tool = tool(root, fileID: fileID, path: path) { return tool }
            unreadableToolIDs.insert(fileID)
        case .stack(let fileID):
            if let stack = stack(root, fileID: fileID, path: path) { stacks.append(stack) }
        case .settings:
            settings(root, path: path)
        case .unexpected:
            break
        }
        return nil
    }

    /// Reads a vocabulary file: a list of mappings, each with a valid `id`. The caller reads the
    /// other keys and then collects each reader's diagnostics.
    mutating func vocabulary(_ root: YAMLNode, path: String, what: String, keys: KeyList)
        -> [(reader: MappingReader, id: Located<String>)]
    {
        guard let items = root.sequence else {
            diagnostics.append(
                Diagnostics.wrongType(
                    "\(what) file", expected: "a list of entries", found: root.kindDescription,
                    at: location(path, root.span), hint: "start each entry with '- id: ...'"))
            return []
        }
        var entries: [(reader: MappingReader, id: Located<String>)] = []
        for item in items {
            guard item.isMapping else {
                diagnostics.append(
                    Diagnostics.wrongType(
                        "\(what) entry", expected: "a mapping", found: item.kindDescription,
                        at: location(path, item.span)))
                continue
            }
            var reader = MappingReader(item, allowed: keys, what: "a \(what) entry", source: text, limit: diagnostics.remaining)
            guard let id = reader.string("id", required: true) else {
                diagnostics += reader.diagnostics
                continue
            }
            if !Identifier.isValid(id.value) {
                diagnostics.append(Diagnostics.invalidID(id.value, at: location(path, id.span)))
            }
            entries.append((reader, id))
        }
        return entries
    }

    /// `radar: {quadrants: [{name, categories: [...]}, ...]}`; references are checked by validation.
    mutating func radarSettings(_ node: YAMLNode, path: String) -> RadarSettings {
        var reader = MappingReader(node, allowed: CatalogLoader.radarKeys, what: "the radar section", source: text, limit: diagnostics.remaining)
        var quadrants: [RadarSettings.Quadrant] = []
        let items = reader.list("quadrants", required: true)
        for item in items {
            guard item.isMapping else {
                diagnostics.append(
                    Diagnostics.wrongType(
                        "radar quadrant", expected: "a mapping", found: item.kindDescription,
                        at: location(path, item.span), hint: "write '- name: ...' and 'categories: [...]'"))
                continue
            }
            var quadrant = MappingReader(item, allowed: CatalogLoader.quadrantKeys, what: "a radar quadrant", source: text, limit: diagnostics.remaining)
            let name = quadrant.string("name", required: true)
            let categories = quadrant.stringList("categories")
            diagnostics += quadrant.diagnostics
            quadrants.append(RadarSettings.Quadrant(name: name ?? Located("", span: item.span), categories: categories))
        }
        diagnostics += reader.diagnostics
        return RadarSettings(quadrants: quadrants, path: path, span: reader.node("quadrants")?.span ?? node.span)
    }

    mutating func relationType(_ reader: inout MappingReader, id: Located<String>, path: String) -> RelationType {
        let label = reader.string("label", required: true)
        let symmetric = reader.bool("symmetric") ?? false
        let inverse = reader.string("inverse", required: !symmetric)
        let description = reader.string("description")
        var style = EdgeStyle.default
        var declaresColor = false
        var declaresLine = false
        if let node = reader.mapping("style") {
            var styleReader = MappingReader(node, allowed: CatalogLoader.styleKeys, what: "a style", source: text, limit: diagnostics.remaining)
            if let color = styleReader.string("color") {
                if isHexColor(color.value) {
                    style.color = color.value.lowercased()
                    declaresColor = true
                } else {
                    diagnostics.append(Diagnostics.invalidColor(color.value, at: location(path, color.span)))
                }
            }
            if let line: Located<EdgeStyle.Line> = styleReader.choice("line") {
                style.line = line.value
                declaresLine = true
            }
            diagnostics += styleReader.diagnostics
        }
        let labelText = label?.value ?? id.value
        var type = RelationType(
            id: id, label: labelText, inverse: inverse?.value ?? labelText, description: description?.value,
            symmetric: symmetric, style: style, path: path)
        type.declaresColor = declaresColor
        type.declaresLine = declaresLine
        return type
    }

    func isHexColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 7 && bytes[0] == UInt8(ascii: "#")
            && bytes[1...].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
    }

    /// Checks the optional `id:` key of a tool or stack file against its file name.
    mutating func checkFileID(_ reader: inout MappingReader, fileID: String, path: String) {
        if !Identifier.isValid(fileID) {
            diagnostics.append(Diagnostics.invalidFileName(fileID, at: location(path, .fileStart)))
        }
        if let id = reader.string("id") {
            if !Identifier.isValid(id.value) {
                diagnostics.append(Diagnostics.invalidID(id.value, at: location(path, id.span)))
            } else if id.value != fileID {
                diagnostics.append(Diagnostics.idMismatch(id.value, fileID: fileID, at: location(path, id.span)))
            }
        }
    }

    mutating func isRootMapping(_ root: YAMLNode, path: String, what: String) -> Bool {
        guard root.isMapping else {
            diagnostics.append(
                Diagnostics.wrongType(
                    what, expected: "a mapping of keys", found: root.kindDescription,
                    at: location(path, root.span), hint: "start the file with 'name: ...'"))
            return false
        }
        return true
    }

    mutating func summary(_ reader: inout MappingReader, key: String = "summary", path: String) -> String? {
        guard let summary = reader.string(key, required: true) else { return nil }
        var value = summary.value
        // A block scalar ends in a line break; that alone is not a second line.
        if value.utf8.last == UInt8(ascii: "\n") { value.removeLast() }
        if value.unicodeScalars.contains(where: Self.isLineBreak) {
            diagnostics.append(Diagnostics.summaryMultiline(at: location(path, summary.span)))
            return value
        }
        let limit = CatalogLoader.summaryLimit
        // Counting characters is slow on a huge value: look at the first limit + 1 only, and count
        // scalars instead for a message about a value far over the limit.
        if value.utf8.count > limit, value.prefix(limit + 1).count > limit {
            let length = value.utf8.count > 100_000 ? value.unicodeScalars.count : value.count
            diagnostics.append(Diagnostics.summaryTooLong(length, limit: limit, at: location(path, summary.span)))
        }
        return value
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }
}
