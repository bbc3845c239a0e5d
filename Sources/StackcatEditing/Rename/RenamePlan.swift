import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatYAML

/// A replacement of some bytes of one file.
public struct ByteEdit: Sendable, Hashable {
    public var relativePath: String
    public var bytes: Range<Int>
    public var newText: String

    public init(relativePath: String, bytes: Range<Int>, newText: String) {
        self.relativePath = relativePath
        self.bytes = bytes
        self.newText = newText
    }
}

/// Why a rename cannot be made; the message says what to do instead.
public struct RenameError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Every edit that renames one id: its bytes in every file that declares or names it (nothing else
/// of any file changes), and for a tool or stack the file's new name. `lsp` turns it into a
/// workspace edit, `stackcat rename` writes it.
public struct RenamePlan: Sendable {
    public var kind: IDKind
    public var old: String
    public var new: String
    /// The edits, by file, each file's sorted by position and never overlapping.
    public var edits: [String: [ByteEdit]]
    /// The file to rename, for a tool or a stack: from, to (paths inside the catalog).
    public var fileRename: (from: String, to: String)?

    /// The files that change, in path order.
    public var editedPaths: [String] { edits.keys.sorted { CatalogLayout.bytesPrecede($0, $1) } }

    /// The kinds the id is declared as, for a rename without `--kind`.
    public static func kinds(declaring id: String, in index: CatalogIndex) -> [IDKind] {
        IDKind.allCases.filter { index.isDeclared($0, id) }
    }

    /// Plans renaming `old` to `new`. `kind` may be left out when `old` is declared as one kind only.
    /// With `keepAlias`, a tool keeps its old id among its aliases, so that searches still find it.
    public static func make(
        kind: IDKind?, old: String, new: String, files: [CatalogFile], index: CatalogIndex,
        keepAlias: Bool = false
    ) throws(RenameError) -> RenamePlan {
        let kind = try resolveKind(kind, old: old, index: index)
        guard Identifier.isValid(new) else {
            throw RenameError("'\(new)' is not a valid id: ids are lower-case kebab-case ([a-z0-9]+(-[a-z0-9]+)*), at most \(Identifier.maxLength) characters")
        }
        guard new != old else { throw RenameError("'\(old)' already has that id; nothing to rename") }
        if index.isDeclared(kind, new) {
            let at = index.declarations(of: kind, new).first.map { " (\($0.relativePath))" } ?? ""
            throw RenameError("the \(kind.noun) '\(new)' already exists\(at); choose another id, or merge the two by hand")
        }
        let byPath = Dictionary(files.map { ($0.editingKey, $0) }, uniquingKeysWith: { a, _ in a })
        if kind == .tool, let owner = aliasOwner(new, files: files) {
            throw RenameError("'\(new)' is an alias of the tool '\(owner)'; an id may not be another tool's alias")
        }
        var edits: [String: [ByteEdit]] = [:]
        for occurrence in index.occurrences(of: kind, old) {
            if occurrence.isDeclaration && occurrence.bytes.isEmpty { continue }  // the file name is the id
            guard occurrence.isEditable else {
                let position = byPath[occurrence.relativePath].map { $0.text.position(ofOffset: occurrence.bytes.lowerBound) }
                let at = position.map { ":\($0.line):\($0.column)" } ?? ""
                throw RenameError("\(occurrence.relativePath)\(at): '\(old)' is written with escapes or as a block; write it plainly, then rename")
            }
            edits[occurrence.relativePath, default: []].append(
                ByteEdit(relativePath: occurrence.relativePath, bytes: occurrence.bytes, newText: new))
        }
        var fileRename: (String, String)?
        if kind == .tool || kind == .stack, let declaration = index.declarations(of: kind, old).first {
            let from = declaration.relativePath
            let directory = kind == .tool ? CatalogLayout.toolDirectory : CatalogLayout.stackDirectory
            let name = from.split(separator: "/").last.map(String.init) ?? from
            let stem = CatalogLayout.yamlStem(name).map(String.init) ?? old
            // In the folder of the file renamed (a fragment's own tools/ or stacks/).
            let folder = from.count > name.count ? String(from.dropLast(name.count)) : "\(directory)/"
            let to = "\(folder)\(new)\(name.dropFirst(stem.count))"
            if let taken = files.first(where: { $0.kind == CatalogLayout.kind(of: to) }) {
                throw RenameError("\(taken.relativePath) already exists; choose another id")
            }
            fileRename = (from, to)
        }
        if keepAlias {
            guard kind == .tool, let from = fileRename?.0, let file = byPath[from] else {
                throw RenameError("only tools have aliases; leave out --keep-alias to rename the \(kind.noun)")
            }
            if let edit = aliasEdit(adding: old, to: file) { edits[from, default: []].append(edit) }
        }
        for path in edits.keys {
            var list = edits[path]!
            list.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
            // An alias node repeats its anchor's span: one edit is enough.
            var unique: [ByteEdit] = []
            for edit in list where unique.last?.bytes != edit.bytes || edit.bytes.isEmpty { unique.append(edit) }
            edits[path] = unique
        }
        return RenamePlan(kind: kind, old: old, new: new, edits: edits, fileRename: fileRename)
    }

    static func resolveKind(_ kind: IDKind?, old: String, index: CatalogIndex) throws(RenameError) -> IDKind {
        if let kind {
            guard index.isDeclared(kind, old) else {
                throw RenameError("there is no \(kind.noun) '\(old)' (\(kind.noun)s are declared in \(kind.home))")
            }
            return kind
        }
        let kinds = kinds(declaring: old, in: index)
        switch kinds.count {
        case 0: throw RenameError("'\(old)' is not the id of any tool, stack, team, category, role or relation type")
        case 1: return kinds[0]
        default:
            throw RenameError(
                "'\(old)' is the id of a \(kinds.map(\.noun).joined(separator: " and a ")); say which with --kind \(kinds.map(\.rawValue).joined(separator: "|"))"
            )
        }
    }

    /// The tool that lists `alias` among its aliases, if any.
    static func aliasOwner(_ alias: String, files: [CatalogFile]) -> String? {
        let reader = YAMLReader()
        for file in files {
            guard case .tool(let id) = file.kind, file.text.bytes.count < 1 << 20,
                file.text.bytes.firstRange(of: Array(alias.utf8)) != nil,
                let root = reader.read(file.text, limit: 0).root,
                let aliases = Walk(file: file).value(root, "aliases")
            else { continue }
            if (aliases.sequence ?? [aliases]).contains(where: { $0.scalar?.value == alias }) { return id }
        }
        return nil
    }

    /// The bytes of one file after its edits.
    public func apply(to bytes: [UInt8], path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var at = 0
        for edit in edits[path] ?? [] {
            out += bytes[at..<edit.bytes.lowerBound]
            out += Array(edit.newText.utf8)
            at = edit.bytes.upperBound
        }
        out += bytes[at...]
        return out
    }
}
