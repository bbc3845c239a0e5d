import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatValidation
import Testing

@testable import StackcatEditing

/// The workspace of a federated catalog, as `stackcat lsp` gathers it: the root's files, then what
/// `catalog.yaml` includes (a fragment directory on disk, a git include from the cache), each with
/// the display path `validate` gives it.
@Suite("The editing workspace of a federated catalog")
struct EditingWorkspaceTests {
    static let fragment = "/repo/services/payments/stackcat/"
    static let git = "git:file:///remote@v1:stackcat/"

    static func tool(_ name: String, category: String = "cd", target: String = "kubernetes") -> String {
        """
        name: \(name)
        category: \(category)
        summary: \(name), in-house.
        hosting: in-house
        lifecycle: active
        relations:
          - type: runs-on
            target: \(target)

        """
    }

    /// The built-in catalog at /repo/catalog, a fragment with `tools/ledger.yaml` and a stack, and a
    /// git include with `tools/payments-api.yaml`.
    static func files() throws -> [CatalogFile] {
        var files = try Repository.catalogFiles().map {
            CatalogFile(relativePath: $0.relativePath, text: SourceText(path: "/repo/catalog/" + $0.relativePath, bytes: $0.text.bytes))
        }
        files.append(
            CatalogFile(relativePath: "tools/ledger.yaml", text: SourceText(path: fragment + "tools/ledger.yaml", text: tool("Ledger")), origin: fragment))
        files.append(
            CatalogFile(
                relativePath: "stacks/payments.yaml",
                text: SourceText(
                    path: fragment + "stacks/payments.yaml", text: "name: Payments\nsummary: Payments.\ncomponents:\n  - tool: ledger\n    ring: adopt\n"),
                origin: fragment))
        files.append(
            CatalogFile(
                relativePath: "tools/payments-api.yaml", text: SourceText(path: git + "tools/payments-api.yaml", text: tool("Payments API")),
                origin: "git:file:///remote@v1"))
        return files
    }

    @Test func includedFilesAreKeyedByTheirPathAndCheckedAsValidateChecksThem() throws {
        let files = try Self.files()
        var workspace = EditingWorkspace(root: "/repo/catalog", files: files)
        let ledger = Self.fragment + "tools/ledger.yaml"
        #expect(workspace.relativePath(of: ledger) == ledger)
        #expect(workspace.relativePath(of: "/repo/catalog/tools/spinnaker.yaml") == "tools/spinnaker.yaml")
        #expect(workspace.displayPath(ledger) == ledger)
        #expect(workspace.diskLocation(ledger)?.directory == "/repo/services/payments/stackcat")
        #expect(workspace.diskLocation(ledger)?.relativePath == "tools/ledger.yaml")
        // A git include's file has no file on disk: read-only.
        #expect(workspace.isReadOnly(Self.git + "tools/payments-api.yaml"))
        #expect(workspace.diskLocation(Self.git + "tools/payments-api.yaml") == nil)
        #expect(!workspace.isReadOnly(ledger))
        // The root's files first, then the included ones in the order they were read, as validate reads them.
        let root = files.filter(\.origin.isEmpty).sorted { CatalogLayout.bytesPrecede($0.relativePath, $1.relativePath) }
        #expect(workspace.files.map(\.text.path) == (root + files.filter { !$0.origin.isEmpty }).map(\.text.path))
        #expect(workspace.check().diagnostics == CatalogCheck(files: files).diagnostics)
        #expect(workspace.check().catalog.tools.contains { $0.id == "ledger" })

        // A buffer over the fragment's file: the diagnostic names the fragment's path.
        workspace.setBuffer(ledger, bytes: Array(Self.tool("Ledger", category: "cdx").utf8))
        let edited = workspace.check().diagnostics.filter { $0.code == "unknown-reference" }
        #expect(edited.map(\.location?.path) == [ledger])
        #expect(workspace.check().diagnostics == CatalogCheck(files: workspace.files).diagnostics)

        // A new file in the fragment directory is a catalog document too; a README there is not.
        let added = Self.fragment + "tools/ledger-ui.yaml"
        #expect(workspace.relativePath(of: added) == added)
        #expect(workspace.relativePath(of: Self.fragment + "README.md") == nil)
        #expect(workspace.relativePath(of: "/repo/services/orders/stackcat/tools/x.yaml") == nil)
        workspace.setBuffer(added, bytes: Array(Self.tool("Ledger UI", target: "ledger").utf8))
        #expect(workspace.check().catalog.tools.contains { $0.id == "ledger-ui" })
    }

    @Test func theIndexCoversFragmentsAndASameLayoutPathTwice() throws {
        var files = try Self.files()
        // The root and the fragment both hold tools/ledger.yaml: one id from two sources.
        files.append(CatalogFile(relativePath: "tools/ledger.yaml", text: SourceText(path: "/repo/catalog/tools/ledger.yaml", text: Self.tool("Ledger"))))
        var workspace = EditingWorkspace(root: "/repo/catalog", files: files)
        let declarations = workspace.index.declarations(of: .tool, "ledger").map(\.relativePath)
        #expect(Set(declarations) == ["tools/ledger.yaml", Self.fragment + "tools/ledger.yaml"])
        let references = workspace.index.occurrences(of: .tool, "kubernetes").map(\.relativePath)
        #expect(references.contains(Self.fragment + "tools/ledger.yaml"))
        #expect(references.contains(Self.git + "tools/payments-api.yaml"))
        #expect(workspace.check().diagnostics.contains { $0.code == "duplicate-id" })
        #expect(workspace.check().diagnostics == CatalogCheck(files: workspace.files).diagnostics)
    }

    /// A Backstage entity file that an include reads is a document (its problems are shown) but not a
    /// catalog file: its buffer goes to the next gathering of the includes, not to the check.
    @Test func aBackstageEntityFileIsADocumentButNotACatalogFile() throws {
        let entity = SourceText(path: "/repo/apps/web/catalog-info.yaml", text: "kind: Component\nmetadata:\n  name: web\n")
        var workspace = EditingWorkspace(root: "/repo/catalog", files: try Self.files(), entityTexts: [entity])
        let found = workspace.relativePath(of: entity.path)
        let key = try #require(found)
        #expect(key == entity.path && workspace.isEntityFile(key) && !workspace.isReadOnly(key))
        #expect(workspace.text(key)?.bytes == entity.bytes)
        let before = workspace.files.map(\.text.path)
        workspace.setBuffer(key, bytes: Array("kind: Component\n".utf8))
        #expect(workspace.files.map(\.text.path) == before)
        #expect(workspace.text(key)?.bytes == Array("kind: Component\n".utf8))
        workspace.setSaved(key, bytes: nil)
        #expect(workspace.files.map(\.text.path) == before)
    }
}
