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

/// Issue 10, item 8: the schemas accept every file `validate` accepts, read as editors' and CI tools'
/// YAML 1.1 loaders read it (PyYAML's SafeLoader: unquoted dates are dates, `2015` an integer,
/// `yes` a boolean). `schemasAgreeWithValidate` covers single values, valid and not.
@Suite("JSON Schemas and YAML 1.1 loaders")
struct SchemaYAML11Tests {
    /// Every catalog in the repository: catalog/ and each directory under Tests/Fixtures that holds a
    /// categories.yaml.
    static func catalogDirectories() throws -> [URL] {
        var directories = [Repository.root.appendingPathComponent("catalog")]
        let fixtures = Repository.root.appendingPathComponent("Tests/Fixtures")
        let walker = try #require(FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.lastPathComponent == "categories.yaml" {
            directories.append(url.deletingLastPathComponent())
        }
        return directories.sorted { $0.path < $1.path }
    }

    @Test func everyCatalogFilePassesItsSchemaAsPyYAMLReadsIt() throws {
        let directories = try Self.catalogDirectories()
        #expect(directories.count >= 2)
        var paths: [String] = []
        for directory in directories {
            func listing(_ url: URL) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] }
            paths += CatalogLayout.files(top: listing(directory)) { listing(directory.appendingPathComponent($0)) }
                .map { directory.appendingPathComponent($0).path }
        }
        // The built-in stacks write as_of unquoted: the case this is about.
        let stacks = paths.filter { $0.contains("/stacks/") }
        #expect(try stacks.contains { try String(contentsOfFile: $0, encoding: .utf8).contains("\nas_of: 2") })
        for native in [false, true] {
            let results = try SchemaCheck.run(paths, native: native)
            #expect(results.count == paths.count)
            #expect(results.filter { !$0.valid }.map { "\($0.file): \($0.errors)" } == [], "native: \(native)")
        }
    }

    /// Python's jsonschema given PyYAML's values as they are: an unquoted date is a `datetime.date`,
    /// which the schema takes as a date; a number or a malformed date is still refused.
    @Test func nativeDateValuesAreDates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-native-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, Bool)] = [
            ("2018-04-26", true), ("\"2018-04-26\"", true), ("2018-02-30", true), ("~", true),
            ("2018-13-01", false), ("20180426", false), ("[2018-04-26]", false), ("2018-4-26", false)
        ]
        var paths: [String] = []
        for (index, (value, _)) in cases.enumerated() {
            let url = directory.appendingPathComponent("case\(index)/stacks/demo.yaml")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((Fixture.stack + "as_of: \(value)\n").utf8).write(to: url)
            paths.append(url.path)
        }
        let results = try SchemaCheck.run(paths, native: true)
        #expect(results.map(\.valid) == cases.map(\.1), "\(results.map(\.errors))")
    }
}
