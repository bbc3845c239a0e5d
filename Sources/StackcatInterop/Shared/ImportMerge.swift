import CatalogLayout
import StackcatLoading
import StackcatModel

/// Plans how an import's files go into an existing catalog (`import ... --into CATALOG`): new entries
/// are added, entries that an earlier import wrote are updated, and entries written or edited by hand
/// are left alone and reported. An imported file starts with the importer's marker and a digest line
/// (`# import-digest: ...`) of what the import wrote; a file whose body no longer matches its digest
/// was edited by hand, and a re-import leaves it alone. Vocabulary files are merged entry by entry:
/// missing entries are appended to an imported vocabulary file and reported for a hand-written one.
/// Nothing is deleted, and a file is never rewritten unless an import wrote it and nobody edited it since.
public struct ImportMerge: Sendable {
    /// One file to write: `old` is nil for a new file.
    public struct Change: Sendable {
        public var path: String
        public var old: String?
        public var new: String
    }

    /// A file the import would change but leaves alone, with the line where it differs.
    public struct Conflict: Sendable {
        public var path: String
        public var line: Int
        public var kind: Diagnostics.ImportConflict
        /// The file's text, for the diagnostic's position and excerpt.
        public var text: String

        /// The `import-conflict` diagnostic, at the line's start; `prefix` is how the catalog directory
        /// is named (`catalog/`).
        public func diagnostic(prefix: String) -> Diagnostic {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = min(max(1, line), lines.count)
            let offset = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
            let length = lines[line - 1].utf8.count - (lines[line - 1].hasSuffix("\r") ? 1 : 0)
            let span = SourceSpan(
                start: SourcePosition(line: line, column: 1, offset: offset),
                end: SourcePosition(line: line, column: 1 + lines[line - 1].prefix(length).count, offset: offset + length))
            return Diagnostics.importConflict(kind, at: SourceLocation(path: prefix + path, span: span))
        }
    }

    public var changes: [Change] = []
    public var conflicts: [Conflict] = []
    /// Imported files (same marker) that this import no longer has: kept, and listed.
    public var notInInput: [String] = []
    public var unchanged = 0

    public static let digestPrefix = "# import-digest: "

    /// `generated`: the importer's files (each starting with `marker`); `existing`: relative path →
    /// text of the catalog's files (vocabularies, tools and stacks, in any extension).
    public init(generated: [(path: String, contents: String)], existing: [(path: String, text: String)], marker: String) {
        var byKind: [String: (path: String, text: String)] = [:]
        for file in existing { byKind[Self.key(file.path)] = file }
        var produced: Set<String> = []
        for file in generated {
            let key = Self.key(file.path)
            produced.insert(key)
            let body = Self.body(of: file.contents, marker: marker)
            let kind = CatalogLayout.kind(of: file.path)
            let isVocabulary = CatalogLayout.path(forVocabulary: kind) != nil
            guard let current = byKind[key] else {
                changes.append(Change(path: file.path, old: nil, new: Self.stamped(body, marker: marker)))
                continue
            }
            let state = Self.state(of: current.text, marker: marker)
            if isVocabulary {
                mergeVocabulary(current, generatedBody: body, state: state, marker: marker)
                continue
            }
            switch state {
            case .imported(let currentBody):
                if currentBody == body {
                    unchanged += 1
                } else {
                    changes.append(Change(path: current.path, old: current.text, new: Self.stamped(body, marker: marker)))
                }
            case .edited(let currentBody):
                if currentBody == body {
                    unchanged += 1
                    continue
                }
                conflicts.append(Conflict(path: current.path, line: 2 + Self.firstDifference(currentBody, body), kind: .edited, text: current.text))
            case .handWritten:
                if current.text == body {
                    unchanged += 1
                    continue
                }
                conflicts.append(
                    Conflict(
                        path: current.path, line: Self.firstDifference(current.text, body), kind: .handWritten(entry: Self.entryName(file.path)),
                        text: current.text))
            }
        }
        for file in existing where !produced.contains(Self.key(file.path)) {
            if case .imported = Self.state(of: file.text, marker: marker), CatalogLayout.path(forVocabulary: CatalogLayout.kind(of: file.path)) == nil {
                notInInput.append(file.path)
            }
        }
        changes.sort { $0.path.utf8Precedes($1.path) }
        conflicts.sort { $0.path.utf8Precedes($1.path) }
    }

    enum State {
        case imported(String)
        case edited(String)
        case handWritten
    }

    /// Whether the file is an import's, untouched or edited, or someone else's.
    static func state(of text: String, marker: String) -> State {
        guard text.hasPrefix(marker + "\n") else { return .handWritten }
        var rest = Substring(text.dropFirst(marker.count + 1))
        guard rest.hasPrefix(digestPrefix), let newline = rest.firstIndex(of: "\n") else {
            // Written by `import --out`, which records no digest: the import's to update.
            return .imported(String(rest))
        }
        let digest = String(rest[rest.index(rest.startIndex, offsetBy: digestPrefix.count)..<newline])
        rest = rest[rest.index(after: newline)...]
        return digest == Self.digest(String(rest)) ? .imported(String(rest)) : .edited(String(rest))
    }

    /// The marker, the digest of the body, and the body.
    static func stamped(_ body: String, marker: String) -> String {
        marker + "\n" + digestPrefix + digest(body) + "\n" + body
    }

    static func body(of contents: String, marker: String) -> String {
        contents.hasPrefix(marker + "\n") ? String(contents.dropFirst(marker.count + 1)) : contents
    }

    /// FNV-1a, 64 bits, in hex: it tells an edit apart, it guards nothing.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The 1-based line where two texts first differ.
    static func firstDifference(_ a: String, _ b: String) -> Int {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(x.count, y.count), x[line] == y[line] { line += 1 }
        return line + 1
    }

    /// `tools/ledger.yaml` → `ledger`: the id an entry file holds.
    static func entryName(_ path: String) -> String {
        switch CatalogLayout.kind(of: path) {
        case .tool(let id), .stack(let id): return id
        default: return path
        }
    }

    /// What names an entry whatever its extension: `tools/a`, `categories`.
    static func key(_ path: String) -> String {
        switch CatalogLayout.kind(of: path) {
        case .tool(let id): return "tool:" + id
        case .stack(let id): return "stack:" + id
        case .categories: return "categories"
        case .roles: return "roles"
        case .relations: return "relations"
        case .teams: return "teams"
        case .settings: return "settings"
        case .unexpected: return "file:" + path
        }
    }

    /// The entries (`- id: x` blocks) of a generated vocabulary that the current file lacks: appended
    /// when an import wrote the file and nobody edited it, reported otherwise.
    mutating func mergeVocabulary(_ current: (path: String, text: String), generatedBody: String, state: State, marker: String) {
        let have = Self.ids(of: current)
        let missing = Self.blocks(of: generatedBody).filter { !have.contains($0.id) }
        guard !missing.isEmpty else {
            unchanged += 1
            return
        }
        if case .imported(let body) = state {
            var merged = body.hasSuffix("[]\n") && Self.blocks(of: body).isEmpty ? "" : body
            if !merged.isEmpty && !merged.hasSuffix("\n") { merged += "\n" }
            merged += missing.map(\.text).joined()
            changes.append(Change(path: current.path, old: current.text, new: Self.stamped(merged, marker: marker)))
        } else {
            let lines = current.text.split(separator: "\n", omittingEmptySubsequences: false).count
            conflicts.append(
                Conflict(
                    path: current.path, line: max(1, lines - (current.text.hasSuffix("\n") ? 1 : 0)),
                    kind: .lacksEntries(ids: missing.map(\.id), yaml: missing.map(\.text).joined()), text: current.text))
        }
    }

    /// The ids a vocabulary file declares, read by the loader (any YAML style).
    static func ids(of file: (path: String, text: String)) -> Set<String> {
        let catalog = CatalogLoader.load([CatalogFile(relativePath: file.path, displayPath: file.path, contents: file.text)]).catalog
        switch CatalogLayout.kind(of: file.path) {
        case .categories: return Set(catalog.categories.map(\.id.value))
        case .roles: return Set(catalog.roles.map(\.id.value))
        case .relations: return Set(catalog.relationTypes.map(\.id.value))
        case .teams: return Set(catalog.teams.map(\.id.value))
        default: return []
        }
    }

    /// The top-level `- id: x` entries of a vocabulary list as the importers write it.
    static func blocks(of text: String) -> [(id: String, text: String)] {
        var blocks: [(id: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- id: ") {
                var id = String(line.dropFirst(6))
                if id.hasPrefix("\"") || id.hasPrefix("'") { id = String(id.dropFirst().dropLast()) }
                blocks.append((id, line + "\n"))
            } else if line.hasPrefix("  "), !blocks.isEmpty {
                blocks[blocks.count - 1].text += line + "\n"
            }
        }
        return blocks
    }
}
