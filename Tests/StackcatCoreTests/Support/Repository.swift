import Foundation
import Testing
@testable import StackcatCore

enum Repository {
    static var root: URL {
        // Tests/StackcatCoreTests/Support/Repository.swift → the package root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Third-party data committed under Tests/Fixtures/data (its README gives source and licence).
    static func testData(_ relative: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/data").appendingPathComponent(relative)
    }

    /// The repository's catalog/, read as the executable reads it.
    static func catalogFiles() throws -> [CatalogFile] {
        try catalogFiles(at: root.appendingPathComponent("catalog"), displayPrefix: "catalog/")
    }

    /// The YAML files of a catalog directory, with paths shown as `displayPrefix` + relative path.
    static func catalogFiles(at catalog: URL, displayPrefix: String) throws -> [CatalogFile] {
        var files: [CatalogFile] = []
        for sub in ["", "tools/", "stacks/"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: catalog.appendingPathComponent(sub).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let data = try Data(contentsOf: catalog.appendingPathComponent(sub + name))
                files.append(CatalogFile(relativePath: sub + name, text: SourceText(path: displayPrefix + sub + name, bytes: Array(data))))
            }
        }
        return files
    }

    static func check() throws -> CatalogCheck {
        CatalogCheck(files: try catalogFiles(), requireVocabularies: "catalog")
    }
}
