import EmbedSupport
import Foundation
import Testing

@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatValidation

/// The built-in catalog is compiled in at build time (`CompiledCatalog`) and decoded at start-up: the
/// decoded catalog must be the loaded one, field for field, spans included.
@Suite("Compiled catalog")
struct CompiledCatalogTests {
    /// Differences between two values, field by field (a dotted path each): `Equatable` values compared
    /// whole, other values through their fields (private ones too, such as the catalog's indexes).
    static func differences(_ a: Any, _ b: Any, at path: String = "catalog") -> [String] {
        if let a = a as? any Equatable { return isEqual(a, b) ? [] : [path] }
        let left = Array(Mirror(reflecting: a).children)
        let right = Array(Mirror(reflecting: b).children)
        guard type(of: a) == type(of: b), left.count == right.count else { return [path + " (shape)"] }
        if left.isEmpty { return String(reflecting: a) == String(reflecting: b) ? [] : [path] }
        return zip(left, right).flatMap { differences($0.value, $1.value, at: path + "." + ($0.label ?? "?")) }
    }

    static func isEqual<T: Equatable>(_ a: T, _ b: Any) -> Bool { (b as? T) == a }

    static func roundTrip(_ catalog: Catalog) throws -> Catalog {
        try CompiledCatalog.encode(catalog).withUnsafeBytes(CompiledCatalog.decode)
    }

    /// The repository's catalog/ as the build tool reads it.
    static func builtIn() throws -> CatalogCheck {
        let files = try Repository.catalogFiles().map {
            CatalogFile.builtIn(relativePath: $0.relativePath, contents: String(decoding: $0.text.bytes, as: UTF8.self))
        }
        return CatalogCheck(files: files)
    }

    @Test func theBuiltInCatalogDecodesAsLoaded() throws {
        let loaded = try Self.builtIn()
        #expect(loaded.diagnostics.isEmpty, "the build compiles only a catalog without diagnostics")
        let decoded = try Self.roundTrip(loaded.catalog)
        #expect(Self.differences(loaded.catalog, decoded) == [])
        #expect(decoded.tools.count == loaded.catalog.tools.count && decoded.tools.count > 50)
        #expect(decoded.tool("spinnaker")?.category.span == loaded.catalog.tool("spinnaker")?.category.span)
        #expect(decoded.tools.first?.path.hasPrefix("<built-in>/tools/") == true)
    }

    /// What the built-in catalog lacks: teams, in-house tools, settings with every kind of include, a radar.
    @Test func everyPartOfTheModelDecodesAsLoaded() throws {
        let inHouse = try Repository.catalogFiles(at: Repository.root.appendingPathComponent("Tests/Fixtures/inhouse-catalog"), displayPrefix: "x/")
        let settings = """
            include:
              - services/*/stackcat/
              - backstage: "**/catalog-info.yaml"
              - git: https://git.example.com/payments.git
                ref: v1.4.0
                path: stackcat/
            platform-team: platform
            backstage-types: { databases: database, saas: service }

            """
        let files = inHouse + [CatalogFile(relativePath: "catalog.yaml", displayPath: "x/catalog.yaml", contents: settings)]
        let loaded = CatalogCheck(files: files).catalog
        #expect(loaded.settings?.includes.count == 3 && !loaded.teams.isEmpty)
        #expect(Self.differences(loaded, try Self.roundTrip(loaded)) == [])
    }

    @Test func theComparisonSeesAChange() throws {
        let loaded = try Self.builtIn().catalog
        var changed = try Self.roundTrip(loaded)
        changed.unreadableToolIDs.insert("x")
        changed.fileCount += 1
        #expect(Self.differences(loaded, changed) == ["catalog.fileCount", "catalog.unreadableToolIDs"])
    }

    /// Dictionaries and sets are written sorted: the same catalog, the same bytes, whatever the hash seed.
    @Test func theSameCatalogGivesTheSameBytes() throws {
        var catalog = try Self.builtIn().catalog
        catalog.unreadableToolIDs = ["a", "b", "c", "d", "e", "f", "g", "h"]
        let first = try CompiledCatalog.encode(catalog)
        #expect(try CompiledCatalog.encode(try Self.roundTrip(catalog)) == first)
        #expect(first.allSatisfy { $0 < 0x80 } == false, "strings are stored as UTF-8")
        #expect(String(decoding: first, as: UTF8.self).utf8.elementsEqual(first), "the form is valid UTF-8, for a string literal")
    }

    /// Cut short anywhere, or with a number that overruns, the bytes are an error, not a crash.
    @Test func brokenBytesAreAnError() throws {
        let bytes = try CompiledCatalog.encode(try Self.builtIn().catalog)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(throws: DecodingError.self) { try Array(bytes[..<length]).withUnsafeBytes(CompiledCatalog.decode) }
        }
        #expect(throws: DecodingError.self) { try (bytes + [0]).withUnsafeBytes(CompiledCatalog.decode) }
        #expect(throws: DecodingError.self) { try ([0x7F, 0x7F] + bytes).withUnsafeBytes(CompiledCatalog.decode) }
    }
}

/// `Sources/stackcat/BuiltinCatalog+Compiled.swift`: the built-in catalog compiled, kept current by this
/// test (STACKCAT_RECORD=1 writes it). It is committed rather than made by the build because a build
/// plugin's tool cannot link the loader: SwiftPM builds a tool's dependencies for the host without their
/// own build plugins, and StackcatModel needs RuleRegistryPlugin's rule list.
@Suite("Compiled built-in catalog")
struct CompiledBuiltinCatalogTests {
    static let path = "Sources/stackcat/BuiltinCatalog+Compiled.swift"

    /// The file's text: the digest of the files it was compiled from, and the compact form as a string
    /// literal (valid UTF-8 by construction), in lines of at most 100 characters.
    static func source(digest: UInt64, bytes: [UInt8]) -> String {
        var lines: [String] = []
        var line = ""
        for piece in swiftLiteralPieces(String(decoding: bytes, as: UTF8.self)) {
            if line.count + piece.count > 100 {
                lines.append(line)
                line = ""
            }
            line += piece
        }
        lines.append(line)
        // Digits in threes, as swift format writes a number.
        let digits = Array(String(digest))
        let grouped = stride(from: 0, to: digits.count, by: 3).map { end in
            String(digits[max(0, digits.count - end - 3)..<(digits.count - end)])
        }.reversed().joined(separator: "_")
        var text = """
            // Generated from catalog/ by `STACKCAT_RECORD=1 swift test --filter CompiledBuiltinCatalogTests`; do
            // not edit. The built-in catalog loaded and checked (CompiledCatalog), which the binary decodes at
            // start-up while `compiledDigest` is the digest of the files built in; otherwise it loads them.

            extension BuiltinCatalog {
                static let compiledDigest: UInt64 = \(grouped)
                static let compiled: StaticString = \"""

            """
        // Each line but the last ends in an escaped newline, which the literal leaves out.
        text += lines.map { "        " + $0 }.joined(separator: "\\\n") + "\n"
        text += "        \"\"\"\n}\n"
        return text
    }

    @Test func theCommittedFormIsCurrent() throws {
        let files = try builtInCatalogFiles(in: Repository.root.appendingPathComponent("catalog"))
        let check = CatalogCheck(files: files.map { CatalogFile.builtIn(relativePath: $0.path, contents: $0.text) })
        let bytes = check.diagnostics.isEmpty && check.omittedCount == 0 ? try CompiledCatalog.encode(check.catalog) : []
        let expected = Self.source(digest: catalogDigest(files), bytes: bytes)
        let url = Repository.root.appendingPathComponent(Self.path)
        if Golden.recording {
            try Data(expected.utf8).write(to: url)
            return
        }
        let committed = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(committed == expected, "\(Self.path) is stale: run STACKCAT_RECORD=1 swift test --filter CompiledBuiltinCatalogTests")
    }
}
