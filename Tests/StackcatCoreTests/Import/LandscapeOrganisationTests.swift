import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatModel

@Suite("CNCF landscape importer: organisations are not tools")
struct LandscapeOrganisationTests {
    static let landscape = """
        landscape:
          - category:
            name: Runtime
            subcategories:
              - subcategory:
                name: Container Runtime
                items:
                  - item:
                    name: containerd
                    homepage_url: https://containerd.io/
                    repo_url: https://github.com/containerd/containerd
                    project: graduated
                    crunchbase: https://www.crunchbase.com/organization/cloud-native-computing-foundation
                  - item:
                    name: Kata
                    homepage_url: https://katacontainers.io/
                    repo_url: https://github.com/kata-containers/kata-containers
                    crunchbase: https://www.crunchbase.com/organization/openinfra
                  - item:
                    name: Kloudfuse (member)
                    homepage_url: https://www.kloudfuse.com/
                  - item:
                    name: Updatecli
                    homepage_url: https://www.updatecli.io/
                    organization:
                      name: updatecli
          - category:
            name: Wasm
            subcategories:
              - subcategory:
                name: Orchestration
                items:
                  - item:
                    name: containerd (Wasm)
                    homepage_url: https://containerd.io/
                    repo_url: https://github.com/containerd/containerd
                    allow_duplicate_repo: true
                  - item:
                    name: containerd shims
                    homepage_url: https://containerd.io/shims
                    repo_url: https://github.com/containerd/containerd
          - category:
            name: Special
            subcategories:
              - subcategory:
                name: Kubernetes Certified Service Provider
                items:
                  - item:
                    name: Acme (KCSP)
                    homepage_url: https://acme.example/
              - subcategory:
                name: Certified CNFs
                items:
                  - item:
                    name: Router CNF
                    homepage_url: https://router.example/
          - category:
            name: CNCF Members
            subcategories:
              - subcategory:
                name: Gold
                items:
                  - item:
                    name: OpenInfra Foundation (member)
                    homepage_url: https://openinfra.dev/
                    crunchbase: https://www.crunchbase.com/organization/openinfra
                  - item:
                    name: Other (member)
                    homepage_url: https://other.example/

        """

    @Test func membersAndProvidersAreCountedNotImported() throws {
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: Self.landscape))
        #expect(result.organisationCount == 4)
        #expect(result.itemCount == 10)
        let paths = result.files.map(\.path)
        #expect(
            paths == [
                "categories.yaml", "relations.yaml", "roles.yaml", "tools/containerd.yaml", "tools/kata.yaml", "tools/router-cnf.yaml", "tools/updatecli.yaml"
            ])
        let categories = try #require(result.files.first { $0.path == "categories.yaml" }?.contents)
        #expect(!categories.contains("CNCF Members"))
        #expect(!categories.contains("Certified Service Provider"))
        #expect(categories.contains("Certified CNFs"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func organisationsBecomeVendorsAndRepeatedProjectsJoinTheirTool() throws {
        let result = LandscapeImporter().run(SourceText(path: "landscape.yml", text: Self.landscape))
        func file(_ id: String) -> String { result.files.first { $0.path == "tools/\(id).yaml" }?.contents ?? "" }
        #expect(file("kata").contains("\nvendor: OpenInfra Foundation\n"))
        #expect(file("updatecli").contains("\nvendor: updatecli\n"))
        #expect(!file("router-cnf").contains("vendor:"))
        #expect(file("containerd").contains("\ncategories: [orchestration]\n"))
        #expect(file("containerd").contains("\naliases: [containerd shims]\n"))
        let check = LandscapeImporterTests.catalog(from: result)
        #expect(check.diagnostics.map(Fixture.describe) == [])
    }

    /// The carried CNCF landscape imports strict-valid: no errors and no warnings.
    @Test func theRealLandscapeIsStrictValid() throws {
        let (_, result) = try LandscapeImporterTests.importReal()
        #expect(result.organisationCount == 970)
        let check = LandscapeImporterTests.catalog(from: result)
        #expect(check.diagnostics.map(Fixture.describe) == [])
        #expect(check.catalog.tools.allSatisfy { !$0.name.hasSuffix("(member)") && !$0.name.hasSuffix("(KCSP)") })
        #expect(check.catalog.tool("containerd")?.categories.count ?? 0 >= 1)
        #expect(check.catalog.tools.contains { $0.vendor == "Red Hat" })
    }
}
