import CatalogLayout
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
        func listing(_ directory: URL) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] }
        return try CatalogLayout.files(top: listing(catalog)) { listing(catalog.appendingPathComponent($0)) }.map { path in
            let data = try Data(contentsOf: catalog.appendingPathComponent(path))
            return CatalogFile(relativePath: path, text: SourceText(path: displayPrefix + path, bytes: Array(data)))
        }
    }

    static func check() throws -> CatalogCheck {
        CatalogCheck(files: try catalogFiles(), requireVocabularies: "catalog")
    }
}
