import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatRendering

extension LanguageServer {
    func prepareRename(_ params: JSONValue) throws -> JSONValue {
        guard let (document, occurrence) = try occurrence(params) else { return .null }
        guard occurrence.isEditable, workspace?.index.isDeclared(occurrence.kind, occurrence.id) == true else {
            throw Failure(
                code: .requestFailed, message: "'\(occurrence.id)' is not a declared \(occurrence.kind.noun); declare it in \(occurrence.kind.home) first")
        }
        return .object([
            (PrepareRenameResult.range.rawValue, range(occurrence.bytes, in: document.lines)),
            (PrepareRenameResult.placeholder.rawValue, .string(occurrence.id))
        ])
    }

    /// The keys of LSP's `PrepareRenameResult`. Named by their cases, so that the protocol's
    /// `placeholder` is not written as the string that names stackcat's `placeholder` rule.
    private enum PrepareRenameResult: String {
        case range, placeholder
    }

    func rename(_ params: JSONValue) throws -> JSONValue {
        guard let newName = params["newName"]?.stringValue else { throw Failure(code: .invalidParams, message: "params.newName is missing") }
        guard let (_, occurrence) = try occurrence(params), let workspace else {
            throw Failure(code: .requestFailed, message: "there is no catalog id here to rename")
        }
        let plan: RenamePlan
        do {
            plan = try RenamePlan.make(kind: occurrence.kind, old: occurrence.id, new: newName, files: workspace.files, index: workspace.index)
        } catch {
            throw Failure(code: .requestFailed, message: error.message)
        }
        if let readOnly = (plan.editedPaths + (plan.fileRename.map { [$0.0] } ?? [])).first(where: workspace.isReadOnly) {
            throw Failure(
                code: .requestFailed,
                message: "'\(occurrence.id)' is also written in \(readOnly), which a git include reads from the cache; "
                    + "rename it in that repository first, or leave the id as it is")
        }
        var changes: [JSONValue] = []
        for path in plan.editedPaths {
            guard let lines = lines(ofRelative: path) else { continue }
            let uri = uri(ofRelative: path)
            let edits = plan.edits[path]!.map { edit in
                JSONValue.object([("range", range(edit.bytes, in: lines)), ("newText", .string(edit.newText))])
            }
            changes.append(
                .object([
                    ("textDocument", .object([("uri", .string(uri)), ("version", openDocuments[uri].map(JSONValue.int) ?? .null)])),
                    ("edits", .array(edits))
                ]))
        }
        if let (from, to) = plan.fileRename {
            changes.append(
                .object([
                    ("kind", .string("rename")), ("oldUri", .string(uri(ofRelative: from))),
                    ("newUri", .string(uri(ofRelative: to)))
                ]))
        }
        return .object([("documentChanges", .array(changes))])
    }

    func codeActions(_ params: JSONValue) throws -> JSONValue {
        let uri = try uri(of: params)
        guard let document = document(uri), let workspace else { return .array([]) }
        var actions: [JSONValue] = []
        for diagnostic in params["context"]?["diagnostics"]?.arrayValue ?? [] {
            guard diagnostic["source"]?.stringValue == "stackcat" || diagnostic["code"] != nil else { continue }
            if let replacement = diagnostic["data"]?["replacement"]?.stringValue, let range = diagnostic["range"] {
                actions.append(
                    action(
                        "Replace with '\(replacement)'", diagnostic: diagnostic, preferred: true,
                        edits: [uri: [.object([("range", range), ("newText", .string(replacement))])]]))
            }
            // An undeclared category: declare it at the end of categories.yaml's list.
            if diagnostic["code"]?.stringValue == Rule.unknownReference.id {
                let start = offset(diagnostic["range"]?["start"], in: document.lines)
                if let occurrence = workspace.index.occurrence(at: start, in: document.relativePath), occurrence.kind == .category,
                    let edit = declaration(ofCategory: occurrence.id)
                {
                    actions.append(
                        action(
                            "Declare the category '\(occurrence.id)' in categories.yaml", diagnostic: diagnostic,
                            preferred: false, edits: edit))
                }
            }
        }
        return .array(actions)
    }

    func action(_ title: String, diagnostic: JSONValue, preferred: Bool, edits: [String: [JSONValue]]) -> JSONValue {
        .object([
            ("title", .string(title)),
            ("kind", .string("quickfix")),
            ("diagnostics", .array([diagnostic])),
            ("isPreferred", .bool(preferred)),
            ("edit", .object([("changes", .object(edits.sorted { $0.key < $1.key }.map { ($0.key, .array($0.value)) }))]))
        ])
    }

    /// The edit that appends `- id: ID` and a name to the list of categories, after its last entry.
    func declaration(ofCategory id: String) -> [String: [JSONValue]]? {
        guard let workspace else { return nil }
        let declarations = workspace.index.allDeclarations.filter { $0.kind == .category }
        guard let last = declarations.max(by: { ($0.entry?.upperBound ?? 0) < ($1.entry?.upperBound ?? 0) }),
            let entry = last.entry, let text = workspace.text(last.relativePath)
        else { return nil }
        let bytes = text.bytes
        let lines = LineIndex(bytes, encoding: encoding)
        let (entryLine, _) = lines.position(ofOffset: entry.lowerBound)
        let prefix = String(decoding: bytes[lines.lineRange(entryLine).lowerBound..<entry.lowerBound], as: UTF8.self)
        guard prefix.allSatisfy({ $0 == " " || $0 == "-" }) else { return nil }
        let lineBreak = bytes.firstRange(of: [0x0D, 0x0A]) != nil ? "\r\n" : "\n"
        // After the entry's last line that holds text.
        var end = min(entry.upperBound, bytes.count)
        while end > entry.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        let (lastLine, _) = lines.position(ofOffset: end)
        let insertAt = lines.lineRange(lastLine).upperBound
        let name = id.split(separator: "-").enumerated().map {
            $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : String($0.element)
        }
        .joined(separator: " ")
        let newText = lineBreak + prefix + "id: " + id + lineBreak + String(repeating: " ", count: prefix.count) + "name: " + name
        let edit = JSONValue.object([("range", range(insertAt..<insertAt, in: lines)), ("newText", .string(newText))])
        return [uri(ofRelative: last.relativePath): [edit]]
    }
}
