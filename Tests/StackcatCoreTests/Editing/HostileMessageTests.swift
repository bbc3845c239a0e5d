import StackcatLoading
import StackcatModel
import StackcatRendering
import Testing

@testable import StackcatEditing

/// Mutated and made-up messages: the server answers each with a response, an error or nothing, and
/// never traps (a trap fails the whole test run). Deterministic: a fixed seed.
@Suite("Hostile messages to the language server")
struct HostileMessageTests {
    static let uri = "file:///cat/tools/spinnaker.yaml"
    static let valid: [String] = [
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"yaml","version":1,"text":"name: S\ncategory: cd\nrelations:\n  - type: deploys-to\n    target: kubernetes\n"}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":10},"end":{"line":1,"character":12}},"text":"ci"}]}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":4,"character":14}}}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":4,"character":14}}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":1,"character":11}}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"textDocument/references","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":1,"character":11},"context":{"includeDeclaration":true}}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"textDocument/rename","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":4,"character":14},"newName":"k8s-x"}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"\#(uri)"},"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":3}},"context":{"diagnostics":[{"range":{"start":{"line":1,"character":10},"end":{"line":1,"character":12}},"message":"m","code":"unknown-reference","source":"stackcat","data":{"replacement":"cd"}}]}}}"#,
        #"{"jsonrpc":"2.0","id":8,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"\#(uri)"}}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"workspace/symbol","params":{"query":"sp"}}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"textDocument/prepareRename","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":4,"character":14}}}"#
    ]

    @Test func mutatedMessagesNeverTrap() throws {
        let server = try LanguageServerTests.server()
        _ = server.handle(Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#.utf8))
        var random = SeededGenerator(state: 20_181_126)
        let fragments: [[UInt8]] = ["-1", "999999999", "null", "[]", "{}", "\"\"", "\"\\u0000\"", "1e400", "\"\u{10FFFF}\"", "true"].map { Array($0.utf8) }
        var answered = 0
        for round in 0..<3_000 {
            var bytes = Array(Self.valid[round % Self.valid.count].utf8)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: at)
                default:
                    // A number where a number is: a position far outside the text, or negative.
                    if let digit = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                        bytes.replaceSubrange(digit...digit, with: fragments[Int.random(in: 0...1, using: &random)])
                    }
                }
                if bytes.isEmpty { bytes = [0x7B] }
            }
            let out = server.handle(bytes)
            for message in out { #expect((try? JSONValue.parse(Array(message.utf8))) != nil, "the server's own output is JSON") }
            answered += out.count
            if round % 50 == 0 { _ = server.flush() }
        }
        #expect(answered > 1_000)
        #expect(server.exitStatus == nil)
    }
}
