import StackcatLoading
import StackcatModel
import StackcatRendering
import Testing

@testable import StackcatEditing

@Suite("The language server, in memory")
struct LanguageServerTests {
    static func server() throws -> LanguageServer {
        let files = try Repository.catalogFiles().map {
            CatalogFile(relativePath: $0.relativePath, text: SourceText(path: "/cat/" + $0.relativePath, bytes: $0.text.bytes))
        }
        return LanguageServer(environment: .init(readCatalog: { _, _ in (files, [], []) }, readFile: { _, _ in nil }, locateCatalog: { _ in "/cat" }))
    }

    static func body(_ json: String) -> [UInt8] { Array(json.utf8) }

    @Test func initializeThenFlushPublishesNothingForACleanCatalogAndStaysUp() throws {
        let server = try Self.server()
        let out = server.handle(Self.body(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
        #expect(out.contains { $0.contains(#""id":1"#) && $0.contains("capabilities") })
        let published = server.flush()
        #expect(published.allSatisfy { !$0.contains("publishDiagnostics") }, "\(published)")
        #expect(server.exitStatus == nil)
        _ = server.handle(Self.body(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(server.exitStatus == 1)
    }
}
