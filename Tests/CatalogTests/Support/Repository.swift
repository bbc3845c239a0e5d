import CatalogLayout
import Foundation

@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatValidation

/// The repository's catalog/ and test data, for the tests of the catalog's facts. (StackcatCoreTests
/// has its own `Repository`, with what the code's tests need.)
enum Repository {
    static var root: URL {
        // Tests/CatalogTests/Support/Repository.swift → the package root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Third-party data committed under Tests/Fixtures/data (its README gives source and licence).
    static func testData(_ relative: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/data").appendingPathComponent(relative)
    }

    /// The repository's catalog/, read as the executable reads it, and checked with its vocabularies.
    static func check() throws -> CatalogCheck {
        let catalog = root.appendingPathComponent("catalog")
        func listing(_ directory: URL) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] }
        let files = try CatalogLayout.files(top: listing(catalog)) { listing(catalog.appendingPathComponent($0)) }.map { path in
            let data = try Data(contentsOf: catalog.appendingPathComponent(path))
            return CatalogFile(relativePath: path, text: SourceText(path: "catalog/" + path, bytes: Array(data)))
        }
        return CatalogCheck(files: files, requireVocabularies: "catalog")
    }

    /// A diagnostic as `validate` prints it, notes and all.
    static func describe(_ d: Diagnostic) -> String {
        var line = ""
        if let l = d.location { line += "\(l.path):\(l.span.start.line):\(l.span.start.column): " }
        line += "\(d.severity.rawValue): \(d.message)"
        for note in d.notes { line += "\n  note: \(note.message)" }
        return line
    }
}
