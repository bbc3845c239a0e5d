import StackcatLoading
import StackcatModel
import Testing

@testable import StackcatEditing

@Suite("The id index")
struct CatalogIndexTests {
    static func file(_ path: String, _ text: String) -> CatalogFile {
        CatalogFile(relativePath: path, displayPath: "catalog/" + path, contents: text)
    }

    static let files = [
        file(
            "categories.yaml",
            "categories:\n- id: cd\n  name: CD\n- id: delivery\n  name: Delivery\n- id: ci\n  name: CI\n  parent: delivery\nradar:\n  quadrants:\n    - name: Q\n      categories: [delivery]\n"
        ),
        file("roles.yaml", "- id: canary-release\n  name: Canary\n"),
        file("relations.yaml", "- id: deploys-to\n  label: deploys to\n  inverse: deployed by\n"),
        file("teams.yaml", "- id: platform\n  name: Platform\n"),
        file(
            "tools/spinnaker.yaml",
            "name: Spinnaker\ncategory: cd\ncategories: [ci]\nowner: platform\nroles:\n  - canary-release\nrelations:\n  - type: deploys-to\n    target: \"kubernetes\"\n"
        ),
        file("tools/kubernetes.yaml", "id: kubernetes\nname: Kubernetes\ncategory: cd\n"),
        file("tools/canary-release.yaml", "name: Canary release\ncategory: cd\n"),
        file(
            "stacks/s.yaml",
            "name: S\ncomponents:\n  - tool: spinnaker\n    category: cd\n  - id: gw\n    name: GW\n    owner: platform\nflows:\n  - from: spinnaker\n    to: gw\n"
        )
    ]

    @Test func declarationsAndReferencesOfEveryKind() throws {
        let index = CatalogIndex(files: Self.files)
        #expect(
            index.occurrences(of: .category, "cd").map(\.relativePath) == [
                "categories.yaml", "stacks/s.yaml", "tools/canary-release.yaml", "tools/kubernetes.yaml", "tools/spinnaker.yaml"
            ])
        #expect(index.occurrences(of: .category, "delivery").count == 3)  // declaration, parent, radar
        #expect(index.occurrences(of: .team, "platform").count == 3)
        #expect(index.occurrences(of: .relation, "deploys-to").count == 2)
        // The same id as a role and as a tool are two namespaces.
        #expect(index.occurrences(of: .role, "canary-release").map(\.relativePath) == ["roles.yaml", "tools/spinnaker.yaml"])
        #expect(index.occurrences(of: .tool, "canary-release").map(\.relativePath) == ["tools/canary-release.yaml"])
        // Stack components and flow ends that are tools; an in-house component is not one.
        #expect(index.occurrences(of: .tool, "spinnaker").count == 3)
        #expect(index.occurrences(of: .tool, "gw").isEmpty)
        #expect(RenamePlan.kinds(declaring: "canary-release", in: index) == [.tool, .role])
    }

    @Test func bytesAreTheIdInsideItsQuotes() throws {
        let index = CatalogIndex(files: Self.files)
        let reference = try #require(index.occurrences(of: .tool, "kubernetes").first { !$0.isDeclaration })
        let text = Self.files[4].text.bytes
        #expect(String(decoding: text[reference.bytes], as: UTF8.self) == "kubernetes")
        #expect(reference.isEditable)
        // The `id:` key is the declaration; without one, the file's start is.
        let declared = try #require(index.declarations(of: .tool, "kubernetes").first)
        #expect(declared.bytes == 4..<14)
        #expect(index.declarations(of: .tool, "spinnaker").first?.bytes == 0..<0)
        #expect(index.occurrence(at: reference.bytes.lowerBound + 3, in: "tools/spinnaker.yaml")?.id == "kubernetes")
    }

    @Test func updatingOneFileReplacesItsOccurrencesOnly() {
        var index = CatalogIndex(files: Self.files)
        index.update(Self.file("tools/spinnaker.yaml", "name: Spinnaker\ncategory: delivery\n"))
        #expect(!index.occurrences(of: .category, "cd").contains { $0.relativePath == "tools/spinnaker.yaml" })
        #expect(index.occurrences(of: .category, "delivery").contains { $0.relativePath == "tools/spinnaker.yaml" })
        #expect(index.occurrences(of: .role, "canary-release").count == 1)
        index.remove(relativePath: "tools/kubernetes.yaml")
        #expect(!index.isDeclared(.tool, "kubernetes"))
    }
}
