import Foundation
import Testing

extension FederationEndToEndTests {
    /// The language server gathers a federated catalog as `validate --offline` does: the fragments of
    /// the repository are read, a git include comes from the cache only (never fetched), and what is
    /// missing from the cache is `validate --offline`'s diagnostic at `catalog.yaml`'s line.
    @Test func theLanguageServerReadsIncludesAsValidateOfflineDoes() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        try repo.write(
            "services/payments/stackcat/tools/ledger.yaml", Repository.tool("Ledger", owner: "team-payments").replacing("service\n", with: "servic\n"))
        let remote = try Self.remote("orders", tools: ["orders-api": Repository.tool("Orders API", owner: "platform")], tag: "v1")
        defer { try? FileManager.default.removeItem(at: remote.directory) }
        try repo.write("catalog/catalog.yaml", "include:\n  - services/*/stackcat/\n  - git: \(remote.url)\n    ref: v1\n")
        let offline = try repo.run(["validate", "--offline", "--format", "json"])
        #expect(offline.status == 1)
        let expected = try #require(JSONSerialization.jsonObject(with: Data(offline.stdout.utf8)) as? [[String: Any]])

        let published = try Self.lspDiagnostics(in: repo.root)
        // Nothing was fetched: the cache still lacks the repository.
        #expect(try repo.run(["validate", "--offline", "--format", "json"]).stdout == offline.stdout)
        let root = repo.root.resolvingSymlinksInPath().path
        for diagnostic in expected {
            let file = try #require(diagnostic["file"] as? String)
            let path = file.hasPrefix("/") ? file : root + "/" + file
            let start = try #require((diagnostic["range"] as? [String: Any])?["start"] as? [String: Any])
            let found = published["file://" + path] ?? []
            #expect(
                found.contains { item in
                    let at = (item["range"] as? [String: Any])?["start"] as? [String: Any]
                    return item["code"] as? String == diagnostic["code"] as? String
                        && (item["message"] as? String)?.hasPrefix(diagnostic["message"] as? String ?? "?") == true
                        && at?["line"] as? Int == (start["line"] as? Int ?? 0) - 1
                }, "\(file): \(diagnostic) not in \(published)")
        }
        #expect(published.keys.contains { $0.hasSuffix("/catalog/catalog.yaml") })
        #expect(published.keys.contains { $0.hasSuffix("/services/payments/stackcat/tools/ledger.yaml") })
    }

    /// Runs `stackcat lsp` in `directory` on an initialize and a shutdown; the diagnostics it
    /// published, by URI.
    static func lspDiagnostics(in directory: URL) throws -> [String: [[String: Any]]] {
        let initialize =
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"rootUri":"\#(directory.absoluteString)"}}"#
        let shutdown = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
        let input = [initialize, shutdown].map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined()
        let inputFile = directory.appendingPathComponent("lsp-input")
        try Data(input.utf8).write(to: inputFile)
        // The input ends without 'exit': the server stops with status 1 once it has answered.
        let run = try Binary.runProgram("/bin/sh", ["-c", "exec \"$0\" lsp < lsp-input", Binary.url.path], in: directory, hangGuard: .seconds(120))
        #expect(run.status == 1, "\(run.stderr)")
        var published: [String: [[String: Any]]] = [:]
        for frame in run.stdout.components(separatedBy: "Content-Length: ").dropFirst() {
            guard let body = frame.components(separatedBy: "\r\n\r\n").dropFirst().first,
                let message = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
                message["method"] as? String == "textDocument/publishDiagnostics",
                let params = message["params"] as? [String: Any], let uri = params["uri"] as? String
            else { continue }
            published[uri] = params["diagnostics"] as? [[String: Any]]
        }
        return published
    }
}
