import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatYAML

extension CatalogIndex {
    /// The occurrences in one file, found by its place in the layout and the keys of its entries.
    static func occurrences(in file: CatalogFile, reader: YAMLReader) -> [Occurrence] {
        var walk = Walk(file: file)
        let kind = file.kind
        if case .unexpected = kind { return [] }
        let root = reader.read(file.text, limit: 0).root
        switch kind {
        case .categories:
            var list = root
            if let pairs = root?.mapping {
                list = pairs.first { $0.key.scalar?.value == "categories" }?.value
                if let radar = pairs.first(where: { $0.key.scalar?.value == "radar" })?.value,
                    let quadrants = walk.value(radar, "quadrants")?.sequence
                {
                    for quadrant in quadrants { walk.references(walk.value(quadrant, "categories"), .category) }
                }
            }
            walk.vocabulary(list, .category) { walk, entry in walk.reference(walk.value(entry, "parent"), .category) }
        case .roles: walk.vocabulary(root, .role)
        case .relations: walk.vocabulary(root, .relation)
        case .teams: walk.vocabulary(root, .team) { walk, entry in walk.reference(walk.value(entry, "parent"), .team) }
        case .settings:
            guard let root, root.isMapping else { break }
            walk.reference(walk.value(root, "platform-team"), .team)
        case .tool(let id):
            walk.fileEntry(root, .tool, id: id)
            guard let root, root.isMapping else { break }
            walk.reference(walk.value(root, "category"), .category)
            walk.references(walk.value(root, "categories"), .category)
            walk.references(walk.value(root, "roles"), .role)
            walk.reference(walk.value(root, "owner"), .team)
            for relation in walk.value(root, "relations")?.sequence ?? [] {
                walk.reference(walk.value(relation, "type"), .relation)
                walk.reference(walk.value(relation, "target"), .tool)
            }
        case .stack(let id):
            walk.fileEntry(root, .stack, id: id)
            guard let root, root.isMapping else { break }
            var toolComponents: Set<String> = []
            for component in walk.value(root, "components")?.sequence ?? [] {
                if let tool = walk.value(component, "tool") {
                    walk.reference(tool, .tool)
                    if let id = tool.scalar?.value { toolComponents.insert(id) }
                }
                walk.reference(walk.value(component, "category"), .category)
                walk.reference(walk.value(component, "owner"), .team)
            }
            // A flow's ends name the stack's components: a tool's id is a reference to the tool.
            for flow in walk.value(root, "flows")?.sequence ?? [] {
                for key in ["from", "to"] {
                    if let end = walk.value(flow, key), let id = end.scalar?.value, toolComponents.contains(id) {
                        walk.reference(end, .tool)
                    }
                }
            }
        case .unexpected:
            break
        }
        return walk.found
    }
}

/// Collects one file's occurrences.
struct Walk {
    let file: CatalogFile
    var found: [Occurrence] = []

    init(file: CatalogFile) { self.file = file }

    func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// The bytes of a scalar's text inside its quotes, and whether they spell the value exactly.
    func idBytes(_ node: YAMLNode, value: String) -> (Range<Int>, Bool) {
        let bytes = file.text.bytes
        var start = node.span.start.offset
        var end = node.span.end.offset
        guard start >= 0, end <= bytes.count, start <= end else { return (0..<0, false) }
        if let style = node.scalar?.style, style == .singleQuoted || style == .doubleQuoted, end - start >= 2 {
            start += 1
            end -= 1
        }
        let exact = bytes[start..<end].elementsEqual(value.utf8)
        return (start..<end, exact && node.scalar?.style != .literal && node.scalar?.style != .folded)
    }

    mutating func add(_ node: YAMLNode, _ kind: IDKind, declaration: Bool, entry: Range<Int>? = nil) {
        guard let scalar = node.scalar, !scalar.value.isEmpty, scalar.value.utf8.count <= 1024 else { return }
        let (range, exact) = idBytes(node, value: scalar.value)
        found.append(
            Occurrence(
                kind: kind, id: scalar.value, relativePath: file.editingKey, bytes: range,
                isDeclaration: declaration, entry: entry, isEditable: exact))
    }

    mutating func reference(_ node: YAMLNode?, _ kind: IDKind) {
        if let node { add(node, kind, declaration: false) }
    }

    /// A list of ids (`[a, b]` or one per line), or one id where a list was expected.
    mutating func references(_ node: YAMLNode?, _ kind: IDKind) {
        guard let node else { return }
        if let items = node.sequence { for item in items { add(item, kind, declaration: false) } } else { add(node, kind, declaration: false) }
    }

    /// A vocabulary file: a list of entries, each declaring its `id`.
    mutating func vocabulary(_ list: YAMLNode?, _ kind: IDKind, each: (inout Walk, YAMLNode) -> Void = { _, _ in }) {
        for entry in list?.sequence ?? [] {
            if let id = value(entry, "id") {
                add(id, kind, declaration: true, entry: entry.span.start.offset..<entry.span.end.offset)
            }
            each(&self, entry)
        }
    }

    /// A tool or stack file declares the id of its name; an `id:` key, when present, repeats it and
    /// is where the declaration points.
    mutating func fileEntry(_ root: YAMLNode?, _ kind: IDKind, id: String) {
        let whole = 0..<file.text.bytes.count
        if let node = value(root, "id"), let scalar = node.scalar, scalar.value == id {
            add(node, kind, declaration: true, entry: whole)
        } else {
            found.append(
                Occurrence(
                    kind: kind, id: id, relativePath: file.editingKey, bytes: 0..<0,
                    isDeclaration: true, entry: whole, isEditable: false))
        }
    }
}
