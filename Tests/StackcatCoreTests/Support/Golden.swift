import Foundation
import StackcatCore
import Testing

/// Reviewed expected outputs under Tests/StackcatCoreTests/Golden. Run the tests with
/// STACKCAT_RECORD=1 to write them anew, then review the change with `git diff` before committing.
enum Golden {
    static var directory: URL {
        Repository.root.appendingPathComponent("Tests/StackcatCoreTests/Golden")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["STACKCAT_RECORD"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run the tests with STACKCAT_RECORD=1 and review it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let diff: String = UnifiedDiff.diff(expected, actual, oldName: "golden/\(name)", newName: "actual", maxLines: 80)
            Issue.record(Comment(rawValue: "output differs from golden file \(name):\n\(diff)"), sourceLocation: sourceLocation)
        }
    }
}

/// The committed fixture catalog under Tests/Fixtures/catalog, with escaping hazards in its names.
enum FixtureCatalog {
    static var url: URL { Repository.root.appendingPathComponent("Tests/Fixtures/catalog") }

    static func load() throws -> Catalog {
        let files = try Repository.catalogFiles(at: url, displayPrefix: "fixture/")
        let check = CatalogCheck(files: files, requireVocabularies: "fixture")
        #expect(check.diagnostics.map(Fixture.describe) == [])
        return check.catalog
    }
}

/// The committed catalog with teams, in-house tools and review dates, under Tests/Fixtures/inhouse-catalog.
enum InHouseCatalog {
    static var url: URL { Repository.root.appendingPathComponent("Tests/Fixtures/inhouse-catalog") }

    static func files() throws -> [CatalogFile] {
        try Repository.catalogFiles(at: url, displayPrefix: "inhouse/")
    }

    static func load() throws -> Catalog {
        let check = CatalogCheck(files: try files(), requireVocabularies: "inhouse")
        #expect(check.diagnostics.map(Fixture.describe) == [])
        return check.catalog
    }
}
