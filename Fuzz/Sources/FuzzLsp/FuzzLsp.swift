import FuzzDriver
import StackcatCore

/// `stackcat lsp`'s reading of JSON-RPC: `MessageFramer` on the byte stream, `JSONValue.parse` on each
/// body, `LanguageServer.handle` on a server that has a small catalog open, and `flush` after each read,
/// as the executable's loop does. The first byte picks the mode:
///
/// - even: the rest is the raw stream, fed to the framer in reads whose sizes come from the input;
/// - odd: the rest is a list of bodies separated by byte 0x1E, each framed correctly by the harness,
///   so that mutations reach the JSON and the server rather than the headers.
///
/// Properties: nothing crashes or hangs; the framer's events do not depend on how the stream was cut
/// into reads; every body the server sends is one JSON object with `"jsonrpc": "2.0"`, and a response
/// to a request echoes its id; a body that parses reads back to the same value from its compact form.
/// A failed property traps.
enum Harness {
    static let root = "/fuzz/catalog"
    static let files: [String: String] = [
        "categories.yaml": "- id: cd\n  name: CD\n- id: runtime\n  name: Runtime\n",
        "roles.yaml": "- id: deploy\n  name: Deploy\n",
        "relations.yaml": "- id: deploys-to\n  label: deploys to\n  inverse: deployed by\n",
        "teams.yaml": "- id: platform\n  name: Platform\n",
        "tools/spinnaker.yaml":
            "name: Spinnaker\ncategory: cd\nsummary: CD.\nhomepage: https://spinnaker.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nroles: [deploy]\nrelations:\n  - type: deploys-to\n    target: kubernetes\nsources: [https://spinnaker.io]\n",
        "tools/kubernetes.yaml":
            "name: Kubernetes\ncategory: runtime\nsummary: K8s.\nhomepage: https://kubernetes.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nsources: [https://kubernetes.io]\n",
        "stacks/demo.yaml":
            "name: Demo\nsummary: Demo.\nsources: [https://example.com]\ncomponents:\n  - tool: spinnaker\n    ring: adopt\n    owner: platform\n"
    ]

    /// What an editor sends first: the server starts each input initialized, with a document open.
    static let opening: [String] = [
        #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"rootUri":"file:///fuzz","capabilities":{"general":{"positionEncodings":["utf-8"]},"textDocument":{"completion":{"completionItem":{"snippetSupport":true}}}}}}"#,
        #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/catalog/tools/spinnaker.yaml","languageId":"yaml","version":1,"text":"name: Spinnaker\ncategory: cd\nsummary: CD.\nhomepage: https://spinnaker.io\nlicense: apache-2.0\nhosting: self-hosted\nlifecycle: active\nroles: [deploy]\nrelations:\n  - type: deploys-to\n    target: kubernetis\nsources: [https://spinnaker.io]\n"}}}"#
    ]

    static func server() -> LanguageServer {
        let environment = LanguageServer.Environment(
            readCatalog: { directory, _ in
                let catalogFiles = files.keys.sorted().map { path in
                    CatalogFile(relativePath: path, displayPath: directory + "/" + path, contents: files[path]!)
                }
                return (catalogFiles, [], [])
            },
            readFile: { _, relative in files[relative].map { Array($0.utf8) } },
            locateCatalog: { _ in root })
        let server = LanguageServer(environment: environment)
        for body in opening { checkOutput(server.handle(Array(body.utf8)), answering: Array(body.utf8)) }
        checkOutput(server.flush(), answering: nil)
        return server
    }

    static func run(_ data: UnsafeRawBufferPointer) {
        guard let mode = data.first else { return }
        let rest = Array(data.dropFirst())
        let stream: [UInt8]
        if mode & 1 == 0 {
            stream = rest
        } else {
            stream = rest.split(separator: 0x1E, omittingEmptySubsequences: false).flatMap { body in
                Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
            }
        }
        // Small limits, so that inputs of a few kilobytes reach them.
        let maxBody = 4096
        let maxHeader = 256
        var whole = MessageFramer(maxBodySize: maxBody, maxHeaderSize: maxHeader)
        let expected = whole.feed(stream)
        // The same stream in reads of 1 to 64 bytes, sizes drawn from the stream itself.
        var framer = MessageFramer(maxBodySize: maxBody, maxHeaderSize: maxHeader)
        var events: [MessageFramer.Event] = []
        let server = server()
        var offset = 0
        var step = 0
        while offset < stream.count {
            let size = 1 + Int(stream[(offset + step) % stream.count] ^ mode) % 64
            step += 1
            let read = stream[offset..<min(stream.count, offset + size)]
            offset += read.count
            for event in framer.feed(read) {
                events.append(event)
                guard server.exitStatus == nil else { continue }
                switch event {
                case .message(let body):
                    checkRoundTrip(body)
                    checkOutput(server.handle(body), answering: body)
                case .framingError(let message):
                    checkOutput(server.framingError(message), answering: nil)
                }
            }
            if server.exitStatus == nil { checkOutput(server.flush(), answering: nil) }
        }
        if events != expected {
            fail("the framer's events depend on how the stream is cut into reads:\nwhole: \(expected)\nin reads: \(events)")
        }
    }

    /// A body that parses reads back to the same value from what the server would write of it.
    static func checkRoundTrip(_ body: [UInt8]) {
        guard let value = try? JSONValue.parse(body) else { return }
        let again: JSONValue
        do {
            again = try JSONValue.parse(Array(value.compact().utf8))
        } catch {
            fail("the compact form of a parsed body does not parse: \(error.message) in \(value.compact())")
        }
        if again != value { fail("a body changed through its compact form: \(value.compact()) became \(again.compact())") }
    }

    /// Every body sent is a JSON-RPC 2.0 object; a response to the request `answering` carries its id.
    static func checkOutput(_ bodies: [String], answering request: [UInt8]?) {
        let requestID: JSONValue? = request.flatMap { try? JSONValue.parse($0) }.flatMap { $0["method"] != nil ? $0["id"] : nil }
        for body in bodies {
            let value: JSONValue
            do {
                value = try JSONValue.parse(Array(body.utf8))
            } catch {
                fail("the server sent a body that is not JSON (\(error.message)): \(body)")
            }
            guard case .object = value, value["jsonrpc"] == .string("2.0") else { fail("the server sent a body that is not JSON-RPC 2.0: \(body)") }
            if value["method"] == nil {
                guard let id = value["id"], value["result"] != nil || value["error"] != nil else {
                    fail("a response without an id, a result or an error: \(body)")
                }
                if let requestID, id != .null, id != requestID { fail("a response's id \(id.compact()) is not its request's \(requestID.compact())") }
            }
        }
    }

    static func fail(_ message: String) -> Never {
        fatalError(message)
    }
}

/// SwiftPM links an executable target's entry point under this name; it hands over to libFuzzer.
@_cdecl("FuzzLsp_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        Harness.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
