import StackcatLoading
import StackcatModel
import StackcatRendering

extension LanguageServer {
    /// A document of the catalog: its URI, its path inside the catalog and its current text.
    struct Document {
        var uri: String
        var relativePath: String
        var text: SourceText
        var lines: LineIndex
    }

    func uri(of params: JSONValue) throws -> String {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else {
            throw Failure(code: .invalidParams, message: "params.textDocument.uri is missing")
        }
        return uri
    }

    /// The catalog file of a URI, nil for a document outside the catalog (answered with nothing).
    func relativePath(ofURI uri: String) -> String? {
        guard let workspace, let path = FileURI.path(uri) else { return nil }
        return workspace.relativePath(of: path)
    }

    func document(_ uri: String) -> Document? {
        guard let workspace, let relative = relativePath(ofURI: uri), let text = workspace.text(relative) else { return nil }
        return Document(uri: uri, relativePath: relative, text: text, lines: LineIndex(text.bytes, encoding: encoding))
    }

    func uri(ofRelative relativePath: String) -> String {
        FileURI.uri((workspace?.displayPrefix ?? "/") + relativePath)
    }

    func didOpen(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        guard let text = params["textDocument"]?["text"]?.stringValue else {
            throw Failure(code: .invalidParams, message: "params.textDocument.text is missing")
        }
        openDocuments[uri] = params["textDocument"]?["version"]?.intValue ?? 0
        guard let relative = relativePath(ofURI: uri) else { return }
        workspace?.setBuffer(relative, bytes: Array(text.utf8))
        diagnosticsDirty = true
    }

    func didChange(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        guard let changes = params["contentChanges"]?.arrayValue else {
            throw Failure(code: .invalidParams, message: "params.contentChanges is missing")
        }
        openDocuments[uri] = params["textDocument"]?["version"]?.intValue ?? openDocuments[uri] ?? 0
        guard let relative = relativePath(ofURI: uri), let workspace else { return }
        var bytes = workspace.text(relative)?.bytes ?? []
        for change in changes {
            guard let text = change["text"]?.stringValue else { continue }
            if let range = change["range"] {
                let lines = LineIndex(bytes, encoding: encoding)
                let start = offset(range["start"], in: lines)
                let end = offset(range["end"], in: lines)
                guard start <= end else { throw Failure(code: .invalidParams, message: "a change's range ends before it starts") }
                bytes.replaceSubrange(start..<end, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        self.workspace?.setBuffer(relative, bytes: bytes)
        diagnosticsDirty = true
    }

    func didClose(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        openDocuments[uri] = nil
        guard let relative = relativePath(ofURI: uri), let workspace else { return }
        // What is on disk counts again (the buffer may have been closed without saving).
        self.workspace?.setSaved(relative, bytes: environment.readFile(workspace.root, relative))
        self.workspace?.dropBuffer(relative)
        diagnosticsDirty = true
    }

    func didSave(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        guard let relative = relativePath(ofURI: uri), let workspace else { return }
        self.workspace?.setSaved(relative, bytes: environment.readFile(workspace.root, relative))
        diagnosticsDirty = true
    }

    /// Files created, changed or deleted outside the editor.
    func didChangeWatchedFiles(_ params: JSONValue) {
        guard let workspace else { return }
        for change in params["changes"]?.arrayValue ?? [] {
            guard let uri = change["uri"]?.stringValue, let relative = relativePath(ofURI: uri) else { continue }
            self.workspace?.setSaved(relative, bytes: environment.readFile(workspace.root, relative))
            diagnosticsDirty = true
        }
    }

    // MARK: positions

    func offset(_ position: JSONValue?, in lines: LineIndex) -> Int {
        lines.offset(line: position?["line"]?.intValue ?? 0, character: position?["character"]?.intValue ?? 0)
    }

    func position(_ offset: Int, in lines: LineIndex) -> JSONValue {
        let (line, character) = lines.position(ofOffset: offset)
        return .object([("line", .int(line)), ("character", .int(character))])
    }

    func range(_ bytes: Range<Int>, in lines: LineIndex) -> JSONValue {
        .object([("start", position(bytes.lowerBound, in: lines)), ("end", position(bytes.upperBound, in: lines))])
    }

    /// The line index of a catalog file as the editor has it.
    func lines(ofRelative relativePath: String) -> LineIndex? {
        workspace?.text(relativePath).map { LineIndex($0.bytes, encoding: encoding) }
    }

    func location(_ relativePath: String, _ bytes: Range<Int>) -> JSONValue? {
        guard let lines = lines(ofRelative: relativePath) else { return nil }
        return .object([("uri", .string(uri(ofRelative: relativePath))), ("range", range(bytes, in: lines))])
    }

    /// The document and byte offset of a `TextDocumentPositionParams`; nil outside the catalog.
    func cursor(_ params: JSONValue) throws -> (Document, Int)? {
        let uri = try uri(of: params)
        guard let document = document(uri) else { return nil }
        return (document, offset(params["position"], in: document.lines))
    }
}
