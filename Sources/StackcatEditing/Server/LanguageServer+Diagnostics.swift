import StackcatModel
import StackcatRendering

extension LanguageServer {
    /// Checks the catalog as the editor has it and publishes every file's diagnostics that changed
    /// (an edit to a tool also changes what the stacks that name it report).
    func publishDiagnostics() {
        // Checked in place: a copy of the workspace would copy every file's kept share on the first write.
        guard workspace != nil else { return }
        let check = workspace!.check()
        var byFile: [String: [JSONValue]] = [:]
        var linesCache: [String: LineIndex] = [:]
        for diagnostic in check.diagnostics {
            guard let location = diagnostic.location, let relative = key(ofDisplayPath: location.path) else { continue }
            guard let lines = linesCache[relative] ?? self.lines(ofRelative: relative) else { continue }
            linesCache[relative] = lines
            byFile[relative, default: []].append(lspDiagnostic(diagnostic, location: location, lines: lines, linesCache: &linesCache))
        }
        var current: [String: JSONValue] = [:]
        for (relative, list) in byFile { current[uri(ofRelative: relative)] = .array(list) }
        // Open documents of the catalog get a list even when it is empty, so the client clears them.
        for uri in openDocuments.keys where relativePath(ofURI: uri) != nil && current[uri] == nil { current[uri] = .array([]) }
        for uri in published.keys where current[uri] == nil { current[uri] = .array([]) }
        for uri in current.keys.sorted() where published[uri] != current[uri] {
            var params: [(String, JSONValue)] = [("uri", .string(uri))]
            if let version = openDocuments[uri] { params.append(("version", .int(version))) }
            params.append(("diagnostics", current[uri]!))
            notify("textDocument/publishDiagnostics", .object(params))
        }
        published = current.filter { $0.value != .array([]) }
    }

    /// The workspace's key of a path that a diagnostic names, nil for one without a document (a git include's file).
    func key(ofDisplayPath path: String) -> String? {
        guard let workspace else { return nil }
        if workspace.included[path] != nil { return path.hasPrefix("/") ? path : nil }
        if workspace.isEntityFile(path) { return path }
        let prefix = workspace.displayPrefix
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    func lspDiagnostic(
        _ diagnostic: Diagnostic, location: SourceLocation, lines: LineIndex,
        linesCache: inout [String: LineIndex]
    ) -> JSONValue {
        var message = diagnostic.message
        var related: [JSONValue] = []
        for note in diagnostic.notes {
            if let at = note.location, at != location, let relative = key(ofDisplayPath: at.path) {
                if let noteLines = linesCache[relative] ?? self.lines(ofRelative: relative) {
                    linesCache[relative] = noteLines
                    related.append(
                        .object([
                            (
                                "location",
                                .object([
                                    ("uri", .string(uri(ofRelative: relative))),
                                    ("range", range(at.span.start.offset..<max(at.span.start.offset, at.span.end.offset), in: noteLines))
                                ])
                            ),
                            ("message", .string(note.message))
                        ]))
                    continue
                }
            }
            message += "\n" + note.message
        }
        let span = location.span
        var fields: [(String, JSONValue)] = [
            ("range", range(span.start.offset..<max(span.start.offset, span.end.offset), in: lines)),
            ("severity", .int(diagnostic.severity == .error ? 1 : 2)),
            ("code", .string(diagnostic.code)),
            ("codeDescription", .object([("href", .string(diagnostic.rule.documentationURL))])),
            ("source", .string("stackcat")),
            ("message", .string(message))
        ]
        if !related.isEmpty { fields.append(("relatedInformation", .array(related))) }
        if let replacement = diagnostic.replacement { fields.append(("data", .object([("replacement", .string(replacement))]))) }
        return .object(fields)
    }
}
