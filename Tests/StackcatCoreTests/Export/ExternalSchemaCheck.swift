import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// Runs `Tests/external_schema_check.py`: exports judged by the schemas of the tools that read them.
enum ExternalSchemaCheck {
    struct Result: Decodable {
        var documents: Int
        var errors: [String]
    }

    static var dataDirectory: URL { Repository.root.appendingPathComponent("Tests/Fixtures/data") }

    static func run(_ mode: String, _ arguments: [String]) throws -> Result {
        let script = Repository.root.appendingPathComponent("Tests/external_schema_check.py").path
        let result = try ExternalTool.run("python3", [script, mode] + arguments, input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Result.self, from: Data(result.stdout.utf8))
    }

    static func landscape(_ text: String) throws -> Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-landscape-\(UUID().uuidString).yml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        return try run("landscape", [dataDirectory.appendingPathComponent("cncf-landscape/data.schema.json").path, file.path])
    }

    /// The catalog in the repository's catalog/ directory.
    static func builtIn() throws -> Catalog {
        let files = try Repository.catalogFiles(at: Repository.root.appendingPathComponent("catalog"), displayPrefix: "catalog/")
        let check = CatalogCheck(files: files)
        #expect(check.errorCount == 0)
        return check.catalog
    }
}
