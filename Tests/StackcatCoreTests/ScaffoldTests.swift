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

@Suite("init, new and schema: the files they write")
struct ScaffoldTests {
    static func schemas() throws -> [(name: String, text: String)] {
        let directory = Repository.root.appendingPathComponent("schema")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".schema.json") }.sorted()
            .map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func initFiles(date: String = "2026-01-31") throws -> [CatalogScaffold.File] {
        CatalogScaffold.catalogFiles(builtIn: try Repository.catalogFiles(), schemas: try schemas(), date: date)
    }

    /// Writes files under a new temporary directory and returns it.
    static func write(_ files: [(path: String, contents: String)]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-scaffold-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        return root
    }

    @Test func modelinesNameTheSchemaOfEachPlace() {
        #expect(CatalogSchemas.modeline(forCatalogPath: "categories.yaml") == "# yaml-language-server: $schema=.schema/categories.schema.json")
        #expect(CatalogSchemas.modeline(forCatalogPath: "tools/istio.yaml") == "# yaml-language-server: $schema=../.schema/tool.schema.json")
        #expect(CatalogSchemas.modeline(forCatalogPath: "stacks/s.yml") == "# yaml-language-server: $schema=../.schema/stack.schema.json")
        #expect(CatalogSchemas.modeline(forCatalogPath: "notes/x.yaml") == nil)
        #expect(CatalogSchemas.modeline(forCatalogPath: "README.md") == nil)
        #expect(CatalogSchemas.shortName("tool.schema.json") == "tool")
    }

    @Test func calendarDatesFromSeconds() {
        #expect(CalendarDate.iso(secondsSince1970: 0) == "1970-01-01")
        #expect(CalendarDate.iso(secondsSince1970: -1) == "1969-12-31")
        #expect(CalendarDate.iso(secondsSince1970: 951_782_400) == "2000-02-29")
        #expect(CalendarDate.iso(secondsSince1970: 1_767_225_599) == "2025-12-31")
        #expect(CalendarDate.iso(secondsSince1970: 1_767_225_600) == "2026-01-01")
        #expect(CalendarDate.iso(secondsSince1970: 4_107_542_400) == "2100-03-01")
    }

    /// Issue 21: a date has to be in the calendar, leap years included.
    @Test func calendarDatesAreChecked() {
        #expect(CalendarDate.problem(iso: "2024-02-29") == nil)
        #expect(CalendarDate.problem(iso: "2000-02-29") == nil)
        #expect(CalendarDate.problem(iso: "2100-02-29") == "is not a date in the calendar: February 2100 has 28 days")
        #expect(CalendarDate.problem(iso: "2026-02-30") == "is not a date in the calendar: February 2026 has 28 days")
        #expect(CalendarDate.problem(iso: "2026-04-31") == "is not a date in the calendar: April 2026 has 30 days")
        for text in ["2026-13-01", "2026-00-10", "0000-01-01", "2026-1-01", "+026-01-01", "2026-01-0a", "10000-01-01"] {
            #expect(CalendarDate.problem(iso: text) == "must be a date written YYYY-MM-DD", "\(text)")
            #expect(CalendarDate.dayNumber(iso: text) == nil, "\(text)")
        }
        #expect(CalendarDate.dayNumber(iso: "2026-02-30") == nil)
        #expect(CalendarDate.dayNumber(iso: "1970-01-02") == 1)
    }

    /// `stackcat schema` without a name: one JSON object whose values are the schema files.
    @Test func combinedSchemasAreOneJSONObjectOfTheFiles() throws {
        let schemas = try Self.schemas()
        let combined = CatalogSchemas.combinedJSON(schemas)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(combined.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == schemas.map(\.name))
        for schema in schemas {
            let parsed = try JSONSerialization.jsonObject(with: Data(schema.text.utf8)) as? NSDictionary
            #expect((object[schema.name] as? NSDictionary) == parsed, "\(schema.name)")
        }
    }

    /// The catalog `init` writes is sound for `validate --strict`, and every file names a schema that exists
    /// beside it and passes that schema, with dates as JSON text and as PyYAML's date values.
    @Test func initWritesACatalogThatValidatesStrictly() throws {
        let files = try Self.initFiles()
        #expect(
            files.map(\.path) == [
                "categories.yaml", "relations.yaml", "roles.yaml", "tools/kubernetes.yaml", "stacks/guestbook.yaml",
                ".schema/catalog.schema.json", ".schema/categories.schema.json", ".schema/relations.schema.json", ".schema/roles.schema.json",
                ".schema/stack.schema.json", ".schema/teams.schema.json", ".schema/tool.schema.json"
            ])
        let catalogFiles = files.filter { $0.path.hasSuffix(".yaml") }
            .map { CatalogFile(relativePath: $0.path, displayPath: "new/" + $0.path, contents: $0.contents) }
        let check = CatalogCheck(files: catalogFiles, requireVocabularies: "new")
        #expect(check.diagnostics.map(Fixture.describe) == [])
        #expect(check.catalog.tools.map(\.id) == ["kubernetes"])
        #expect(check.catalog.stacks.first?.asOf == "2026-01-31")
        // The vocabularies are the built-in ones, entry for entry.
        let builtIn = try Repository.check().catalog
        #expect(check.catalog.categories.map(\.id.value) == builtIn.categories.map(\.id.value))
        #expect(check.catalog.roles.map(\.id.value) == builtIn.roles.map(\.id.value))
        #expect(check.catalog.relationTypes.map(\.label) == builtIn.relationTypes.map(\.label))

        let root = try Self.write(files.map { ($0.path, $0.contents) })
        defer { try? FileManager.default.removeItem(at: root) }
        for file in catalogFiles {
            let first = String(decoding: file.text.bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(file.relativePath)")
            let target = root.appendingPathComponent(file.relativePath).deletingLastPathComponent()
                .appendingPathComponent(String(first.dropFirst(prefix.count))).standardizedFileURL
            #expect(target.lastPathComponent == CatalogSchemas.schemaName(forCatalogPath: file.relativePath))
            #expect(FileManager.default.fileExists(atPath: target.path), "\(file.relativePath) -> \(target.path)")
        }
        let paths = catalogFiles.map { root.appendingPathComponent($0.relativePath).path }
        for native in [false, true] {
            let results = try SchemaCheck.run(paths, native: native)
            #expect(results.count == paths.count)
            #expect(results.filter { !$0.valid }.map { "\($0.file): \($0.errors)" } == [], "native: \(native)")
        }
    }

    @Test func vocabulariesKeepTheirEntriesUnderAHeader() throws {
        let categories = try #require(try Self.initFiles().first { $0.path == "categories.yaml" })
        let builtIn = try String(contentsOf: Repository.root.appendingPathComponent("catalog/categories.yaml"), encoding: .utf8)
        let lines = categories.contents.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# yaml-language-server: $schema=.schema/categories.schema.json")
        #expect(lines.filter { $0.hasPrefix("# yaml-language-server") }.count == 1)
        #expect(lines[1].hasPrefix("# The category vocabulary"))
        #expect(categories.contents.hasSuffix(builtIn.split(separator: "\n", maxSplits: 1)[1]))
    }

    static func catalog() throws -> Catalog {
        let files = try initFiles().filter { $0.path.hasSuffix(".yaml") }
            .map { CatalogFile(relativePath: $0.path, displayPath: $0.path, contents: $0.contents) }
        return CatalogCheck(files: files).catalog
    }

    /// Checks a new entry inside the `init` catalog: its diagnostics, and the schema in both modes.
    static func diagnostics(adding path: String, _ contents: String) throws -> [String] {
        var files = try initFiles().filter { $0.path.hasSuffix(".yaml") }.map { ($0.path, $0.contents) }
        files.append((path, contents))
        let check = CatalogCheck(
            files: files.map { CatalogFile(relativePath: $0.0, displayPath: $0.0, contents: $0.1) },
            requireVocabularies: "catalog")
        let root = try write([(path, contents)])
        defer { try? FileManager.default.removeItem(at: root) }
        for native in [false, true] {
            let results = try SchemaCheck.run([root.appendingPathComponent(path).path], native: native)
            #expect(results.map(\.valid) == [true], "\(results.map(\.errors)):\n\(contents)")
        }
        return check.diagnostics.map { "\($0.severity.rawValue) \($0.code) \($0.location?.path ?? "-")" }
    }

    @Test func toolSkeletonValidatesAndMarksItsStandIns() throws {
        let catalog = try Self.catalog()
        let draft = try NewEntry.tool(id: "argo-cd", category: "cd", options: .init(), in: catalog)
        let text = EntryTemplate.tool(draft)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../.schema/tool.schema.json\n"))
        #expect(text.contains("# replace: the project's own site"))
        #expect(text.contains("license: NOASSERTION"))
        // Without sources, only --strict objects, and it says what to add; so it does about each stand-in.
        #expect(
            try Self.diagnostics(adding: "tools/argo-cd.yaml", text) == ["warning missing-sources tools/argo-cd.yaml"]
                + Array(repeating: "warning placeholder tools/argo-cd.yaml", count: 4))

        var options = NewEntry.ToolOptions()
        options.name = "yes"
        options.summary = "GitOps: continuous delivery # for Kubernetes"
        options.homepage = "https://argo-cd.readthedocs.io/"
        options.license = "Apache-2.0"
        options.sources = ["https://argo-cd.readthedocs.io/en/stable/", "https://github.com/argoproj/argo-cd"]
        options.hosting = "self-hosted"
        let full = EntryTemplate.tool(try NewEntry.tool(id: "argo-cd", category: "cd", options: options, in: catalog))
        #expect(!full.contains("# replace:\n") && !full.contains("replace: the project"))
        #expect(try Self.diagnostics(adding: "tools/argo-cd.yaml", full) == [])
        let loaded = CatalogCheck(files: [CatalogFile(relativePath: "tools/argo-cd.yaml", displayPath: "x", contents: full)]).catalog.tools.first
        #expect(loaded?.name == "yes")
        #expect(loaded?.summary == "GitOps: continuous delivery # for Kubernetes")
    }

    @Test func toolSkeletonSuggestsRolesOfItsCategory() throws {
        let draft = try NewEntry.tool(id: "k3s", category: "orchestration", options: .init(), in: try Self.catalog())
        #expect(draft.suggestedRoles == ["access-control", "container-orchestration", "declarative-manifests", "multi-tenancy"])
        #expect(EntryTemplate.tool(draft).contains("# roles: [access-control, container-orchestration, declarative-manifests, multi-tenancy]"))
    }

    @Test func stackSkeletonValidates() throws {
        let catalog = try Self.catalog()
        let bare = EntryTemplate.stack(try NewEntry.stack(id: "platform", options: .init(), date: "2026-02-03", in: catalog))
        #expect(bare.contains("as_of: 2026-02-03"))
        #expect(
            try Self.diagnostics(adding: "stacks/platform.yaml", bare) == ["warning missing-sources stacks/platform.yaml"]
                + Array(repeating: "warning placeholder stacks/platform.yaml", count: 2))
        var options = NewEntry.StackOptions()
        options.tools = ["kubernetes", "kubernetes"]
        options.summary = "Our delivery platform."
        options.sources = ["https://wiki.example.org/platform"]
        let full = EntryTemplate.stack(try NewEntry.stack(id: "platform", options: options, date: "2026-02-03", in: catalog))
        #expect(full.components(separatedBy: "- tool: kubernetes").count == 2)
        #expect(try Self.diagnostics(adding: "stacks/platform.yaml", full) == [])
    }

    @Test func newResolvesToolsAndCategoriesAsEveryCommandDoes() throws {
        let catalog = try Self.catalog()
        var options = NewEntry.StackOptions()
        // An alias is written as the tool's id, and names the same component as that id.
        options.tools = ["k8s", "kubernetes", "kube"]
        let draft = try NewEntry.stack(id: "platform", options: options, date: "2026-02-03", in: catalog)
        #expect(draft.components.map(\.kind) == [.tool("kubernetes")])
        let text = EntryTemplate.stack(draft)
        #expect(text.contains("- tool: kubernetes") && !text.contains("k8s"))
        // An unknown id is refused with the note that every command gives, a near alias naming its tool.
        for unknown in ["k8z", "kubernets"] {
            let expected = try #require(Self.unknownToolError(unknown, in: catalog))
            #expect(expected.note == "did you mean 'kubernetes'?")
            options.tools = [unknown]
            #expect(throws: NewEntry.Refusal(expected.message, note: expected.note)) {
                try NewEntry.stack(id: "s", options: options, date: "2026-01-01", in: catalog)
            }
        }
        let category = try #require(Self.unknownCategoryError("orchestraton", in: catalog))
        #expect(throws: NewEntry.Refusal(category.message, note: category.note)) {
            try NewEntry.tool(id: "k3s", category: "orchestraton", options: .init(), in: catalog)
        }
    }

    static func unknownToolError(_ id: String, in catalog: Catalog) -> UnknownIDError? {
        do {
            _ = try catalog.resolveTool(id)
            return nil
        } catch { return error }
    }

    static func unknownCategoryError(_ id: String, in catalog: Catalog) -> UnknownIDError? {
        do {
            try catalog.requireCategory(id)
            return nil
        } catch { return error }
    }

    @Test func newRefusesBadIDsUnknownReferencesAndTakenIDs() throws {
        let catalog = try Self.catalog()
        #expect(
            throws: NewEntry.Refusal(
                "'Argo_CD' is not a valid tool id: ids are lower-case kebab-case ([a-z0-9]+(-[a-z0-9]+)*), at most 64 characters",
                note: "try 'argo-cd'")
        ) {
            try NewEntry.tool(id: "Argo_CD", category: "cd", options: .init(), in: catalog)
        }
        #expect(throws: NewEntry.Refusal.self) { try NewEntry.checkID(String(repeating: "a", count: 65), kind: "tool") }
        try NewEntry.checkID(String(repeating: "a", count: 64), kind: "tool")
        #expect(throws: NewEntry.Refusal("unknown category 'orchestraton'", note: "did you mean 'orchestration'?")) {
            try NewEntry.tool(id: "k3s", category: "orchestraton", options: .init(), in: catalog)
        }
        var options = NewEntry.StackOptions()
        options.tools = ["kubernets"]
        #expect(throws: NewEntry.Refusal("unknown tool 'kubernets'", note: "did you mean 'kubernetes'?")) {
            try NewEntry.stack(id: "s", options: options, date: "2026-01-01", in: catalog)
        }
        #expect(throws: NewEntry.Refusal("'kubernetes' exists already: a tool has that id", note: "pick another id")) {
            try NewEntry.checkUnused("kubernetes", in: catalog, fileNames: [])
        }
        #expect(throws: NewEntry.Refusal.self) { try NewEntry.checkUnused("guestbook", in: catalog, fileNames: []) }
        #expect(throws: NewEntry.Refusal("'flux' exists already: tools/flux.YML", note: "pick another id, or edit that file")) {
            try NewEntry.checkUnused("flux", in: catalog, fileNames: ["tools/flux.YML"])
        }
        try NewEntry.checkUnused("flux", in: catalog, fileNames: ["tools/flux-cd.yaml", "tools/flux.md"])
    }

    @Test func workflowUsesTheActionAtThisVersion() throws {
        let text = CatalogScaffold.githubWorkflow(catalogPath: "platform/catalog", actionRepository: "acme/stackcat", version: "1.2.3")
        #expect(text.contains("      - uses: acme/stackcat@v1.2.3  # zizmor: ignore[unpinned-uses]\n        with:\n          catalog: platform/catalog\n"))
        #expect(!text.contains("OWNER/stackcat"))
    }
}

extension SchemaCheck {
    /// `Tests/schema_check.py`, with dates as JSON text (the default) or as PyYAML's date values (`native`).
    static func run(_ paths: [String], native: Bool) throws -> [Result] {
        let script = Repository.root.appendingPathComponent("Tests/schema_check.py").path
        let schemas = Repository.root.appendingPathComponent("schema").path
        let result = try ExternalTool.run("python3", [script] + (native ? ["--native"] : []) + [schemas] + paths, input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(Result.self, from: Data($0.utf8)) }
    }
}
