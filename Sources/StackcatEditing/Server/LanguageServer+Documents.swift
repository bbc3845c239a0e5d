import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatRendering

extension LanguageServer {
    /// A document of the catalog: its URI, its path inside the catalog and its current text.
    struct Document {
        var uri: String
        /// The workspace's key of the file (its path inside the catalog, or an included file's path).
        var relativePath: String
        /// Its path in the catalog layout (`tools/ledger.yaml`), in the root or in its fragment.
        var layoutPath: String
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
        guard workspace != nil, let path = FileURI.path(uri) else { return nil }
        return workspace?.relativePath(of: path)
    }

    func document(_ uri: String) -> Document? {
        guard let workspace, let relative = relativePath(ofURI: uri), let text = workspace.text(relative) else { return nil }
        let layoutPath = workspace.included[relative]?.relativePath ?? relative
        return Document(uri: uri, relativePath: relative, layoutPath: layoutPath, text: text, lines: LineIndex(text.bytes, encoding: encoding))
    }

    func uri(ofRelative relativePath: String) -> String {
        FileURI.uri(workspace?.displayPath(relativePath) ?? "/" + relativePath)
    }

    /// Whether a file has a document the editor can open: not one of a git include's, which has no file on disk.
    func hasDocument(_ relativePath: String) -> Bool {
        workspace?.displayPath(relativePath).hasPrefix("/") ?? false
    }

    /// The file's text on disk, read where the workspace read it.
    func readSaved(_ relativePath: String) -> [UInt8]? {
        guard let place = workspace?.diskLocation(relativePath) else { return nil }
        return environment.readFile(place.directory, place.relativePath)
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
        if workspace?.isEntityFile(relative) == true { includesStale = true }
    }

    func didChange(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        guard let changes = params["contentChanges"]?.arrayValue else {
            throw Failure(code: .invalidParams, message: "params.contentChanges is missing")
        }
        openDocuments[uri] = params["textDocument"]?["version"]?.intValue ?? openDocuments[uri] ?? 0
        let relative = relativePath(ofURI: uri)
        // A document that left the catalog when catalog.yaml changed keeps its text, for when it comes back.
        guard let relative else {
            if let detached = detachedBuffers[uri] { detachedBuffers[uri] = try applying(changes, to: detached) }
            return
        }
        guard let workspace else { return }
        self.workspace?.setBuffer(relative, bytes: try applying(changes, to: workspace.text(relative)?.bytes ?? []))
        diagnosticsDirty = true
        if workspace.isEntityFile(relative) { includesStale = true }
    }

    /// A document's text after `contentChanges`.
    func applying(_ changes: [JSONValue], to text: [UInt8]) throws -> [UInt8] {
        var bytes = text
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
        return bytes
    }

    func didClose(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        openDocuments[uri] = nil
        detachedBuffers[uri] = nil
        guard let relative = relativePath(ofURI: uri) else { return }
        // What is on disk counts again (the buffer may have been closed without saving).
        let bytes = readSaved(relative)  // read before the workspace is changed: one access at a time
        self.workspace?.setSaved(relative, bytes: bytes)
        self.workspace?.dropBuffer(relative)
        diagnosticsDirty = true
        if workspace?.isEntityFile(relative) == true { includesStale = true }
    }

    func didSave(_ params: JSONValue) throws {
        let uri = try uri(of: params)
        guard let relative = relativePath(ofURI: uri) else { return }
        let bytes = readSaved(relative)  // read before the workspace is changed: one access at a time
        self.workspace?.setSaved(relative, bytes: bytes)
        diagnosticsDirty = true
        if relative == CatalogLayout.settingsFile || workspace?.isEntityFile(relative) == true { includesStale = true }
    }

    /// Files created, changed or deleted outside the editor.
    func didChangeWatchedFiles(_ params: JSONValue) {
        guard workspace != nil else { return }
        var settingsChanged = false
        for change in params["changes"]?.arrayValue ?? [] {
            guard let uri = change["uri"]?.stringValue, let relative = relativePath(ofURI: uri) else { continue }
            let bytes = readSaved(relative)  // read before the workspace is changed: one access at a time
            self.workspace?.setSaved(relative, bytes: bytes)
            settingsChanged = settingsChanged || relative == CatalogLayout.settingsFile || workspace?.isEntityFile(relative) == true
            diagnosticsDirty = true
        }
        if settingsChanged { includesStale = true }
    }

    /// Reads the catalog again, with what `catalog.yaml` now includes and the unsaved texts of the
    /// Backstage entity files, keeping the open documents' buffers.
    func reloadCatalog() {
        guard let old = workspace else { return }
        let entities = old.buffers.filter { old.isEntityFile($0.key) }
        let read = environment.readCatalog(old.root, entities)
        workspace = EditingWorkspace(
            root: old.root, files: read.files, readProblems: read.problems, entityTexts: read.sources, reviewAge: environment.reviewAge)
        var buffers = detachedBuffers
        for (key, bytes) in old.buffers { buffers[FileURI.uri(old.displayPath(key))] = bytes }
        detachedBuffers = [:]
        for (uri, bytes) in buffers {
            if let relative = relativePath(ofURI: uri) { workspace?.setBuffer(relative, bytes: bytes) } else { detachedBuffers[uri] = bytes }
        }
        diagnosticsDirty = true
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
        guard hasDocument(relativePath), let lines = lines(ofRelative: relativePath) else { return nil }
        return .object([("uri", .string(uri(ofRelative: relativePath))), ("range", range(bytes, in: lines))])
    }

    /// The document and byte offset of a `TextDocumentPositionParams`; nil outside the catalog.
    func cursor(_ params: JSONValue) throws -> (Document, Int)? {
        let uri = try uri(of: params)
        guard let document = document(uri) else { return nil }
        return (document, offset(params["position"], in: document.lines))
    }
}
