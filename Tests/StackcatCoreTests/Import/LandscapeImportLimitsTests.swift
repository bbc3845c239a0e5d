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

/// Issue 12, item 4: many items with one name import in linear time with the ids they always had,
/// and a file that is cut short (but still YAML) says so.
@Suite("CNCF landscape importer: collisions and truncation")
struct LandscapeImportLimitsTests {
    static func run(_ yaml: String) -> LandscapeImporter.Result {
        LandscapeImporter().run(SourceText(path: "landscape.yml", text: yaml))
    }

    static func landscape(items: [String]) -> String {
        "landscape:\n  - category:\n    name: Cat\n    subcategories:\n      - subcategory:\n        name: Sub\n        items:\n"
            + items.joined()
    }

    /// The allocator as it was (counting from 2 for every name): the ids must not change.
    struct QuadraticAllocator {
        var used: [String: Set<String>] = [:]
        mutating func allocate(_ name: String, namespace: String, prefix: String? = nil) -> String {
            let base = IDAllocator.slug(name)
            var taken = used[namespace, default: []]
            var candidate = base
            if taken.contains(candidate), let prefix { candidate = IDAllocator.trim(prefix + "-" + base) }
            var n = 2
            while taken.contains(candidate) {
                let suffix = "-\(n)"
                candidate = IDAllocator.trim(String(base.prefix(Identifier.maxLength - suffix.count))) + suffix
                n += 1
            }
            taken.insert(candidate)
            used[namespace] = taken
            return candidate
        }
    }

    @Test func idsAreThoseOfCountingFromTwo() {
        let long = String(repeating: "x", count: 70)
        let names = ["a", "a", "a-2", "a", "A 3", "a", "a-5", "a", long, long, long + "-2", long, "+", "plus", "+", "", "", "b", "b"]
        var new = IDAllocator()
        var old = QuadraticAllocator()
        for (i, name) in names.enumerated() {
            let namespace = i % 3 == 0 ? "category" : "tool"
            let prefix: String? = i % 4 == 0 ? "pre" : nil
            #expect(new.allocate(name, namespace: namespace, prefix: prefix) == old.allocate(name, namespace: namespace, prefix: prefix))
        }
        for i in 0..<500 {
            let name = ["a", "a-\(i % 7 + 2)", "a-1\(i % 3)", "b"][i % 4]
            #expect(new.allocate(name, namespace: "tool") == old.allocate(name, namespace: "tool"))
        }
    }

    /// 50,000 items named alike: quadratic before (every item retried every suffix from 2), linear now.
    @Test func fiftyThousandItemsWithOneName() {
        func landscape(_ count: Int) -> String {
            Self.landscape(items: (0..<count).map { "          - item:\n            name: Same\n            homepage_url: https://example.com/\($0)\n" })
        }
        let count = 50_000
        let result = Self.run(landscape(count))
        // The time for four times as many items, against the time for a quarter of them.
        let texts = [count / Growth.factor, count].reduce(into: [Int: String]()) { $0[$1] = landscape($1) }
        let ratio = Growth.ratio(size: count / Growth.factor) { _ = Self.run(texts[$0]!) }
        #expect(ratio < Growth.linearLimit, "\(Growth.factor)x the items took \(ratio)x the time")
        #expect(result.diagnostics.isEmpty)
        #expect(result.toolCount == count)
        let tools = result.files.filter { $0.path.hasPrefix("tools/") }.map(\.path)
        #expect(tools.count == count)
        #expect(Set(tools) == Set(["tools/same.yaml"] + (2...count).map { "tools/same-\($0).yaml" }))
    }

    @Test func emptyResultIsAWarning() {
        let result = Self.run("landscape:\n  - category:\n    name: Only\n    subcategories:\n      - subcategory:\n        name: Cut\n")
        #expect(result.toolCount == 0)
        #expect(
            result.diagnostics.map { "\($0.location!.span.start.line): \($0.code): \($0.message) [\($0.notes.map(\.message).joined())]" } == [
                "2: import-empty: no item of this landscape became a tool: the import is an empty catalog [check that the file is the whole landscape.yml and not cut short]",
                "3: import-empty: category 'Only' has no items in any subcategory [it is imported with no tools; a file cut short ends like this]",
                "5: import-empty: subcategory 'Cut' has no items [it is the file's last subcategory: is the file cut short?]"
            ])
        let none = Self.run("landscape: []\n")
        #expect(none.diagnostics.map(\.message) == ["no item of this landscape became a tool: the import is an empty catalog"])
    }

    @Test func categoryWithoutItemsBeforeOthers() {
        let yaml =
            "landscape:\n  - category:\n    name: Bare\n  - category:\n    name: Full\n    subcategories:\n      - subcategory:\n        name: Empty\n        items: []\n"
            + "      - subcategory:\n        name: Sub\n        items:\n          - item:\n            name: X\n            homepage_url: https://x.example\n"
        let result = Self.run(yaml)
        #expect(result.toolCount == 1)
        #expect(
            result.diagnostics.map { "\($0.location!.span.start.line): \($0.message) [\($0.notes.map(\.message).joined())]" } == [
                "3: category 'Bare' has no items in any subcategory [it is imported with no tools; a file cut short ends like this]",
                "9: subcategory 'Empty' has no items [its category is imported with no tools]"
            ])
    }
}

/// What the import fuzzer (Fuzz/, FuzzImport) found; each import must load as a catalog without errors.
@Suite("CNCF landscape importer: fuzzer findings")
struct LandscapeImportFuzzFindingsTests {
    static func errors(_ yaml: String) -> [String] {
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: yaml))
        let check = LandscapeImporterTests.catalog(from: result)
        return check.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.path ?? ""): \($0.message)" }
    }

    /// No categories: categories.yaml had only its comment, which reads as an empty file.
    @Test func noCategoriesGivesALoadableCatalog() {
        #expect(Self.errors("landscape: []\n") == [])
        #expect(Self.errors("landscape:\n  - 1\n") == [])
    }
}

extension LandscapeImportFuzzFindingsTests {
    /// An item with a line break in its name and no description: the summary made from the name was
    /// two lines, which the loader rejects.
    @Test func nameWithALineBreakGivesAOneLineSummary() {
        let yaml =
            "landscape:\n  - name: Cat\n    subcategories:\n      - name: \"Sub\\u2028way\"\n        items:\n"
            + "          - item:\n            name: \"ch\\racters\\n  two\"\n            homepage_url: https://u.example/\n"
        #expect(Self.errors(yaml) == [])
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: yaml))
        #expect(
            result.files.first { $0.path.hasPrefix("tools/") }?.contents.contains(
                "summary: ch acters   two, listed under Cat / Sub way in the CNCF landscape.\n") == true)
    }
}

extension LandscapeImportLimitsTests {
    /// The real landscape imports to the bytes it always did (ids, summaries, everything): an FNV-1a
    /// hash of every path and file, taken from the importer before issue 12's changes, and again after
    /// issue 26's (organisations skipped and made vendors, projects listed twice joined: 2,411 files
    /// became 1,430; reviewed: the diff of the two imports is those tools' files, 439 vendor: and 2
    /// aliases: lines, the categories added to the joined projects, and the 9 organisation categories
    /// gone from categories.yaml).
    @Test func realLandscapeImportsToTheSameBytes() throws {
        let (_, result) = try LandscapeImporterTests.importReal()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in result.files {
            for byte in Array(file.path.utf8) + [0] + Array(file.contents.utf8) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        #expect(result.files.count == 1430)
        #expect(hash == 0x8d5a_7c4c_c0dd_c57b)
    }
}

extension LandscapeImportFuzzFindingsTests {
    /// A name whose id reads as something else in YAML (`-8` → `8`, an integer; `Yes` → `yes`, a
    /// boolean): ids are written quoted then, so the catalog loads (found by FuzzImport).
    @Test func idsThatReadAsNumbersOrBooleansAreQuoted() {
        #expect(Self.errors("landscape:\n  - name: \n     -8\n    nade: \n     - sube\n") == [])
        let yaml =
            "landscape:\n  - name: \"2015\"\n    subcategories:\n      - name: \"Yes\"\n        items:\n"
            + "          - item:\n            name: \"null\"\n            homepage_url: https://u.example/\n"
        #expect(Self.errors(yaml) == [])
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: yaml))
        let categories = result.files.first { $0.path == "categories.yaml" }?.contents ?? ""
        #expect(categories.contains("- id: \"2015\"\n"))
        #expect(categories.contains("parent: \"2015\"\n"))
    }
}
