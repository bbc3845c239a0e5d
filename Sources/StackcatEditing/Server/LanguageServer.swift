import StackcatLoading
import StackcatModel
import StackcatRendering
import StackcatValidation

/// `stackcat lsp`'s server, without any I/O: message bodies go in, message bodies come out. The
/// executable reads standard input through StackcatIO, frames it with `MessageFramer`, hands each
/// body to `handle`, calls `flush` when no more input is waiting (diagnostics are computed once for
/// a burst of changes), and writes what comes back.
public final class LanguageServer {
    /// What the server needs from outside: reading the catalog and single files, and finding the
    /// catalog of a workspace folder.
    public struct Environment {
        /// Reads a catalog directory (absolute) into its files, the display paths absolute too, with
        /// what its `catalog.yaml` includes; the Backstage entity files read are returned as `sources`.
        /// The second argument holds unsaved texts of entity files (by absolute path), read in their place.
        public var readCatalog: (String, [String: [UInt8]]) -> (files: [CatalogFile], problems: [Diagnostic], sources: [SourceText])
        /// Reads one file of the catalog (the catalog's directory, the path inside it); nil if it is
        /// gone, unreadable, too large or a link that leads outside the catalog.
        public var readFile: (String, String) -> [UInt8]?
        /// The catalog directory for a workspace folder (nil: none given), absolute; nil if none is found.
        public var locateCatalog: (String?) -> String?
        /// `validate --max-age`'s review-date check, when the server was started with `--max-age`.
        public var reviewAge: ReviewAge?

        public init(
            readCatalog: @escaping (String, [String: [UInt8]]) -> (files: [CatalogFile], problems: [Diagnostic], sources: [SourceText]),
            readFile: @escaping (String, String) -> [UInt8]?, locateCatalog: @escaping (String?) -> String?,
            reviewAge: ReviewAge? = nil
        ) {
            self.readCatalog = readCatalog
            self.readFile = readFile
            self.locateCatalog = locateCatalog
            self.reviewAge = reviewAge
        }
    }

    /// Error codes of JSON-RPC and LSP.
    enum ErrorCode: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
    }

    struct Failure: Error {
        var code: ErrorCode
        var message: String
    }

    let environment: Environment
    var workspace: EditingWorkspace?
    var encoding: LineIndex.Encoding = .utf16
    /// Whether the client takes snippets (`${1}` placeholders) in completions.
    var snippetSupport = false
    /// Whether the client watches files for the server when asked (`client/registerCapability`).
    var watchesFiles = false
    /// Open documents: URI → version (outside the catalog too, so that they are answered politely).
    var openDocuments: [String: Int] = [:]
    var initialized = false
    var shuttingDown = false
    /// What was last published, by URI, so that only changes go out and cleared files get an empty list.
    var published: [String: JSONValue] = [:]
    var diagnosticsDirty = false
    /// Set when what the catalog includes may have changed (`catalog.yaml` saved, a Backstage entity
    /// file edited): the catalog is read again once, before the next diagnostics.
    var includesStale = false
    /// The unsaved texts of open documents that are no longer part of the catalog since it was read
    /// again (a fragment that catalog.yaml no longer includes), by URI: they count again if it comes back.
    var detachedBuffers: [String: [UInt8]] = [:]
    var outgoing: [String] = []

    /// Set once `exit` arrives: the process ends with this status (0 after `shutdown`, else 1).
    public private(set) var exitStatus: Int32?

    public init(environment: Environment) {
        self.environment = environment
    }

    /// Answers one message body; returns the bodies to send (responses, notifications).
    public func handle(_ body: [UInt8]) -> [String] {
        defer { outgoing = [] }
        let message: JSONValue
        do {
            message = try JSONValue.parse(body)
        } catch {
            respondError(id: .null, Failure(code: .parseError, message: "the message is not JSON: \(error.message) at byte \(error.offset)"))
            return outgoing
        }
        let id = message["id"]
        guard case .object = message, let method = message["method"]?.stringValue else {
            // A response to one of our requests (we send none that need answers), or nonsense.
            if case .object = message, message["result"] != nil || message["error"] != nil { return outgoing }
            respondError(id: id ?? .null, Failure(code: .invalidRequest, message: "a request needs a string 'method'"))
            return outgoing
        }
        if let id, id.stringValue == nil, id.intValue == nil {
            respondError(id: .null, Failure(code: .invalidRequest, message: "a request's id is a number or a string"))
            return outgoing
        }
        let params = message["params"] ?? .null
        do {
            if let id {
                let result = try request(method, params: params)
                send(.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)]))
            } else {
                try notification(method, params: params)
            }
        } catch let failure as Failure {
            if let id { respondError(id: id, failure) } else { log("\(method): \(failure.message)", type: 2) }
        } catch {
            if let id { respondError(id: id, Failure(code: .internalError, message: "\(error)")) }
        }
        return outgoing
    }

    /// A framing error: answered with a parse error without id, as JSON-RPC asks for a message whose
    /// id cannot be read.
    public func framingError(_ message: String) -> [String] {
        defer { outgoing = [] }
        respondError(id: .null, Failure(code: .parseError, message: "malformed message: \(message)"))
        return outgoing
    }

    /// The diagnostics that changed since the last call, after a burst of changes.
    public func flush() -> [String] {
        defer { outgoing = [] }
        if includesStale {
            includesStale = false
            reloadCatalog()
        }
        if diagnosticsDirty {
            diagnosticsDirty = false
            publishDiagnostics()
        }
        return outgoing
    }

    func send(_ value: JSONValue) { outgoing.append(value.compact()) }

    func notify(_ method: String, _ params: JSONValue) {
        send(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    /// `window/logMessage`: 1 error, 2 warning, 3 info, 4 log.
    func log(_ message: String, type: Int = 3) {
        notify("window/logMessage", .object([("type", .int(type)), ("message", .string(message))]))
    }

    func respondError(id: JSONValue, _ failure: Failure) {
        send(
            .object([
                ("jsonrpc", .string("2.0")), ("id", id),
                ("error", .object([("code", .int(failure.code.rawValue)), ("message", .string(failure.message))]))
            ]))
    }

    func request(_ method: String, params: JSONValue) throws -> JSONValue {
        if method == "initialize" { return initialize(params) }
        guard initialized else { throw Failure(code: .serverNotInitialized, message: "the server is not initialized yet") }
        if shuttingDown && method != "shutdown" { throw Failure(code: .invalidRequest, message: "the server is shutting down") }
        switch method {
        case "shutdown":
            shuttingDown = true
            return .null
        case "textDocument/completion": return try completion(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/definition": return try definition(params)
        case "textDocument/references": return try references(params)
        case "textDocument/documentSymbol": return try documentSymbols(params)
        case "workspace/symbol": return workspaceSymbols(params)
        case "textDocument/prepareRename": return try prepareRename(params)
        case "textDocument/rename": return try rename(params)
        case "textDocument/codeAction": return try codeActions(params)
        default:
            throw Failure(code: .methodNotFound, message: "stackcat lsp does not handle '\(method)'")
        }
    }

    func notification(_ method: String, params: JSONValue) throws {
        switch method {
        case "exit": exitStatus = shuttingDown ? 0 : 1
        case "initialized":
            // Files created, renamed or deleted outside the editor (a rename's file, a `git checkout`)
            // reach the server only if the client watches them for it.
            if watchesFiles, workspace != nil {
                let watcher: JSONValue = .object([("globPattern", .string("**/*.{yaml,yml,YAML,YML}"))])
                send(
                    .object([
                        ("jsonrpc", .string("2.0")), ("id", .string("stackcat-watch-files")), ("method", .string("client/registerCapability")),
                        (
                            "params",
                            .object([
                                (
                                    "registrations",
                                    .array([
                                        .object([
                                            ("id", .string("stackcat-watch-files")), ("method", .string("workspace/didChangeWatchedFiles")),
                                            ("registerOptions", .object([("watchers", .array([watcher]))]))
                                        ])
                                    ])
                                )
                            ])
                        )
                    ]))
            }
        case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
        case _ where !initialized: break
        case "textDocument/didOpen": try didOpen(params)
        case "textDocument/didChange": try didChange(params)
        case "textDocument/didClose": try didClose(params)
        case "textDocument/didSave": try didSave(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: break  // notifications may be ignored
        }
    }

    func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = offered.contains("utf-8") ? .utf8 : .utf16
        snippetSupport = params["capabilities"]?["textDocument"]?["completion"]?["completionItem"]?["snippetSupport"]?.boolValue ?? false
        watchesFiles = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        var folder = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue.flatMap(FileURI.path)
        folder = folder ?? params["rootUri"]?.stringValue.flatMap(FileURI.path) ?? params["rootPath"]?.stringValue
        if let root = environment.locateCatalog(folder) {
            let read = environment.readCatalog(root, [:])
            workspace = EditingWorkspace(
                root: root, files: read.files, readProblems: read.problems, entityTexts: read.sources, reviewAge: environment.reviewAge)
            diagnosticsDirty = true
            log("stackcat: the catalog in \(root)")
        } else {
            log("stackcat: no catalog found (a catalog/ folder, or a folder with categories.yaml or tools/); documents are not checked", type: 2)
        }
        let capabilities: JSONValue = .object([
            ("positionEncoding", .string(encoding.rawValue)),
            ("textDocumentSync", .object([("openClose", .bool(true)), ("change", .int(2)), ("save", .bool(true))])),
            ("completionProvider", .object([("triggerCharacters", .array([":", " ", "[", ",", "-"].map(JSONValue.string)))])),
            ("hoverProvider", .bool(true)),
            ("definitionProvider", .bool(true)),
            ("referencesProvider", .bool(true)),
            ("documentSymbolProvider", .bool(true)),
            ("workspaceSymbolProvider", .bool(true)),
            ("renameProvider", .object([("prepareProvider", .bool(true))])),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))]))
        ])
        return .object([
            ("capabilities", capabilities),
            ("serverInfo", .object([("name", .string("stackcat")), ("version", .string(Self.version))]))
        ])
    }

    public static let version = "0.1.0"
}
