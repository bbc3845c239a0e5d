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

/// Issue 14, item 5: `import backstage`, the inverse of `export backstage`.
@Suite("Backstage importer")
struct BackstageImporterTests {
    /// Imports in-memory files as the CLI does: the first file, then the Location targets it names.
    static func importFiles(_ files: [(path: String, contents: String)], start: [String]? = nil) -> BackstageImporter.Result {
        let byPath = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        var importer = BackstageImporter()
        var queue = start ?? files.map(\.path)
        var read = Set<String>()
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard read.insert(path).inserted, let contents = byPath[path] else { continue }
            for target in importer.read(SourceText(path: path, text: contents)) {
                queue.append(target.value.hasPrefix("./") ? String(target.value.dropFirst(2)) : target.value)
            }
        }
        return importer.finish()
    }

    static func check(_ result: BackstageImporter.Result) -> CatalogCheck {
        CatalogCheck(
            files: result.files.map { CatalogFile(relativePath: $0.path, displayPath: "imported/" + $0.path, contents: $0.contents) },
            requireVocabularies: "imported")
    }

    static func errors(_ check: CatalogCheck) -> [String] {
        check.diagnostics.filter { $0.severity == .error }.map(Fixture.describe)
    }

    /// Export, then import from catalog-info.yaml alone: ids, names, owners, relations and stacks
    /// come back. The built-in catalog has no teams: its export owns everything by the placeholder
    /// `stackcat_unowned`, which the import drops again, so owners stay empty.
    @Test(arguments: ["built-in", "in-house"])
    func roundTripKeepsIdsNamesOwnersAndRelations(_ which: String) throws {
        let original = which == "built-in" ? try ExternalSchemaCheck.builtIn() : try InHouseCatalog.load()
        let exported = BackstageExporter(catalog: original).run()
        let result = Self.importFiles(exported.files, start: ["catalog-info.yaml"])
        #expect(result.diagnostics.map(Fixture.describe) == [])
        let check = Self.check(result)
        #expect(Self.errors(check) == [])
        let imported = check.catalog
        #expect(imported.tools.map(\.id) == original.tools.map(\.id))
        #expect(imported.tools.map(\.name) == original.tools.map(\.name))
        #expect(imported.tools.map(\.owner?.value) == original.tools.map(\.owner?.value))
        #expect(imported.tools.map(\.hosting) == original.tools.map(\.hosting))
        #expect(imported.tools.map(\.allCategories) == original.tools.map(\.allCategories))
        #expect(imported.tools.map(\.lifecycle.value) == original.tools.map(\.lifecycle.value))
        #expect(imported.tools.map(\.homepage) == original.tools.map(\.homepage))
        #expect(imported.tools.map(\.repo) == original.tools.map(\.repo))
        func relations(_ c: Catalog) -> [String] {
            c.tools.flatMap { t in t.relations.map { "\(t.id) \($0.type.value) \($0.target.value)" } }
        }
        #expect(relations(imported) == relations(original))
        #expect(imported.teams.map(\.id.value) == original.teams.map(\.id.value))
        #expect(imported.teams.map(\.name) == original.teams.map(\.name))
        #expect(imported.teams.map(\.contact) == original.teams.map(\.contact))
        #expect(imported.stacks.map(\.id) == original.stacks.map(\.id))
        #expect(imported.stacks.map(\.name) == original.stacks.map(\.name))
        #expect(imported.stacks.map(\.asOf) == original.stacks.map(\.asOf))
        func parts(_ c: Catalog) -> [String] {
            c.stacks.flatMap { s in
                s.components.map { "\(s.id) \($0.id) \($0.ring) \($0.isInHouse) \($0.owner?.value ?? "-") \($0.reviewed?.value ?? "-") \($0.name ?? "-")" }
            }
        }
        #expect(parts(imported) == parts(original))
        // Deterministic, and every file carries the marker.
        #expect(Self.importFiles(exported.files, start: ["catalog-info.yaml"]).files.map(\.contents) == result.files.map(\.contents))
        #expect(result.files.allSatisfy { $0.contents.hasPrefix(BackstageImporter.marker + "\n") })
    }

    static let handWritten = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: team-a
        spec:
          type: team
          profile: { displayName: Team A, email: a@example.com }
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: Artist_Web
          title: Artist web
          description: The artists' site. It shows artists.
          tags: [java]
        spec:
          type: website
          lifecycle: experimental
          owner: team-a
          system: artists
          dependsOn: [resource:artists-db, component:nowhere]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Resource
        metadata:
          name: artists-db
        spec:
          type: database
          owner: user:jdoe
          system: artists
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Resource
        metadata:
          name: s3
          links: [{ url: "https://aws.amazon.com/s3/", title: Homepage }]
        spec:
          type: storage
          owner: group:team-a
        ---
        apiVersion: backstage.io/v1alpha1
        kind: System
        metadata:
          name: artists
        spec:
          owner: team-a
        ---
        apiVersion: backstage.io/v1alpha1
        kind: 1️⃣Domain
        metadata:
          name: artists-api
        spec: { type: openapi, owner: team-a, definition: "" }
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Location
        metadata:
          name: more
        spec:
          targets: [2️⃣https://github.com/example/catalog-info.yaml]
        ---
        """

    /// Without stackcat annotations: the documented default mapping, and a valid catalog.
    @Test func defaultMappingOfHandWrittenEntities() throws {
        let m = Marked(Self.handWritten)
        let result = Self.importFiles([("catalog-info.yaml", m.text)])
        #expect(
            result.diagnostics.map(Fixture.describe) == [
                "catalog-info.yaml:13:9: warning: Component 'Artist_Web' is imported as 'artist-web'\n"
                    + "  note: stackcat ids are lower-case kebab-case, at most 64 characters, unique across tools and stacks",
                "catalog-info.yaml:22:36: warning: spec.dependsOn 'component:nowhere' names no entity of the input; it is left out",
                "catalog-info.yaml:30:10: warning: owner 'user:jdoe' names no Group of the input; it becomes team 'jdoe'",
                "catalog-info.yaml:\(m.at(1)): warning: kind 'Domain' has no place in a stackcat catalog; the entity is skipped",
                "catalog-info.yaml:\(m.at(2)): warning: Location target 'https://github.com/example/catalog-info.yaml' is a URL; "
                    + "import backstage reads only local files\n  note: download it and pass the file, or its directory, to import backstage"
            ])
        let check = Self.check(result)
        #expect(Self.errors(check) == [])
        let catalog = check.catalog
        let web = try #require(catalog.tool("artist-web"))
        #expect(web.hosting == .inHouse && web.owner?.value == "team-a" && web.category.value == "website")
        #expect(web.summary == "The artists' site.")
        #expect(web.relations.map { "\($0.type.value) \($0.target.value)" } == ["depends-on artists-db"])
        let db = try #require(catalog.tool("artists-db"))
        #expect(db.hosting == .inHouse && db.owner?.value == "jdoe")
        let s3 = try #require(catalog.tool("s3"))
        #expect(s3.hosting == .managed && s3.homepage == "https://aws.amazon.com/s3/" && s3.license == "NOASSERTION")
        #expect(catalog.teams.map(\.id.value) == ["jdoe", "team-a"])
        #expect(catalog.team("team-a")?.contact == "a@example.com")
        #expect(catalog.relationType("depends-on")?.inverse == "needed by")
        let stack = try #require(catalog.stacks.first)
        #expect(stack.components.map { "\($0.id) \($0.ring)" } == ["artist-web trial", "artists-db assess"])
    }

    @Test func malformedDocumentsAreSkippedWithPositionedWarnings() {
        let m = Marked(
            """
            1️⃣- just a list
            ---
            2️⃣kind: Component
            metadata: { title: no name }
            ---
            3️⃣metadata: { name: no-kind }
            ---
            kind: Component
            metadata: { name: x, tags: 4️⃣oops }
            spec: { owner: team }
            ---
            kind: Component
            metadata: { name: 5️⃣x }
            """)
        let result = Self.importFiles([("c.yaml", m.text)])
        #expect(
            result.diagnostics.map(Fixture.describe) == [
                "c.yaml:\(m.at(1)): warning: a Backstage entity is a mapping, not a list; this document is skipped",
                "c.yaml:4:11: warning: the entity has no metadata.name and is skipped",
                "c.yaml:\(m.at(3)): warning: the entity has no kind and is skipped",
                "c.yaml:\(m.at(4)): warning: metadata.tags should be a list; it is ignored",
                "c.yaml:10:16: warning: owner 'team' names no Group of the input; it becomes team 'team'",
                "c.yaml:\(m.at(5)): warning: component:default/x is defined a second time; this one is skipped\n  note: first defined here"
            ])
        _ = m[2]
        #expect(Self.errors(Self.check(result)) == [])
    }

    @Test func emptyFilesTabsAndNoEntities() {
        let empty = Self.importFiles([("empty.yaml", "")])
        #expect(
            empty.diagnostics.map(Fixture.describe) == [
                "error: no Group, Component, Resource or System entity was found\n"
                    + "  note: import backstage reads catalog-info.yaml files: YAML documents with apiVersion backstage.io/v1alpha1",
                "empty.yaml:1:1: warning: the file holds no entity"
            ])
        #expect(empty.files.isEmpty)
        let tabs = Self.importFiles([("tabs.yaml", "kind: Group\nmetadata:\n\tname: x\n")])
        #expect(tabs.diagnostics.first?.code == "yaml-syntax")
        #expect(tabs.diagnostics.first?.location?.span.start.line == 3)
        #expect(tabs.files.isEmpty)
    }

    /// 50,000 entities named alike: ids are `x`, `x-2`, ... and the work stays linear.
    @Test func manySameNamedEntitiesStayLinear() throws {
        func entities(_ count: Int) -> String {
            var text = ""
            for i in 0..<count {
                text += "---\nkind: Component\nmetadata: { name: X, namespace: ns\(i) }\nspec: { type: service, owner: team }\n"
            }
            return text + "---\nkind: Component\nmetadata: { name: X, namespace: ns0 }\nspec: { type: service, owner: team }\n"
        }
        let count = 50_000
        let result = Self.importFiles([("big.yaml", entities(count))])
        // Linear, not quadratic: the time for four times as many entities, against the time for a quarter of them.
        let texts = [count / Growth.factor, count].reduce(into: [Int: String]()) { $0[$1] = entities($1) }
        let ratio = Growth.ratio(size: count / Growth.factor) { _ = Self.importFiles([("big.yaml", texts[$0]!)]) }
        #expect(ratio < Growth.linearLimit, "\(Growth.factor)x the entities took \(ratio)x the time")
        #expect(result.toolCount == count)
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("tools/x.yaml") && paths.contains("tools/x-2.yaml") && paths.contains("tools/x-50000.yaml"))
        #expect(result.diagnostics.count { $0.code == "backstage-duplicate" } == 1)
        #expect(result.diagnostics.count { $0.code == "backstage-renamed" } == count)
    }

    @Test func allocatorIsLinearAndKeepsTheLandscapeOrder() {
        var ids = IDAllocator()
        let r1 = ids.allocate("Foo", namespace: "t")
        #expect(r1 == "foo")
        let r2 = ids.allocate("foo 3", namespace: "t")
        #expect(r2 == "foo-3")
        let r3 = ids.allocate("Foo", namespace: "t")
        #expect(r3 == "foo-2")
        let r4 = ids.allocate("Foo", namespace: "t")
        #expect(r4 == "foo-4")
        let r5 = ids.allocate("Foo", namespace: "c", prefix: "bar")
        #expect(r5 == "foo")
        let r6 = ids.allocate("Foo", namespace: "c", prefix: "bar")
        #expect(r6 == "bar-foo")
        let r7 = ids.reserve("foo-5", namespace: "t")
        #expect(r7)
        let r8 = ids.allocate("Foo", namespace: "t")
        #expect(r8 == "foo-6")
    }

    @Test func multiDocumentReading() {
        let text = SourceText(path: "m.yaml", text: "a: &x 1\n---\nb: 2\n---\nc: *x\n")
        let (roots, diagnostics) = YAMLReader().readDocuments(text)
        #expect(roots.count == 2)
        #expect(diagnostics.map(\.code) == ["unknown-alias"], "anchors are per document")
        let single = YAMLReader().read(text)
        #expect(single.diagnostics.map(\.code) == ["multiple-documents"])
    }
}
