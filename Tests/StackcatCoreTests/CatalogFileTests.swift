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

/// `.yml` and any case of the extension read like `.yaml`, with the same id-from-file-name rule.
@Suite("Catalog file names")
struct CatalogFileTests {
    func kind(_ path: String) -> CatalogFile.Kind {
        CatalogFile(relativePath: path, displayPath: path, contents: "").kind
    }

    @Test func everyCaseOfBothExtensions() {
        for ext in [".yaml", ".yml", ".YAML", ".YML", ".Yaml", ".yMl"] {
            #expect(kind("tools/argo-cd" + ext) == .tool(id: "argo-cd"), "\(ext)")
            #expect(kind("stacks/mercari-2018" + ext) == .stack(id: "mercari-2018"), "\(ext)")
            #expect(kind("categories" + ext) == .categories, "\(ext)")
            #expect(kind("roles" + ext) == .roles, "\(ext)")
            #expect(kind("relations" + ext) == .relations, "\(ext)")
        }
    }

    @Test func otherNamesAreUnexpected() {
        for path in [
            "tools/a.json", "tools/a.yam", "tools/a.ymll", "tools/.yaml", "tools/a.yaml.bak", "tools/x/a.yaml",
            "other/a.yaml", "Categories.yaml", "teams.txt", "tools.yaml", "a.yaml", "tools/a.y\u{0}ml", "tools/a.xaml", "tools/ayml", "tools/a.xml",
            "tools/a.aml", "tools/a.yaaml"
        ] {
            #expect(kind(path) == .unexpected, "\(path)")
        }
        #expect(CatalogFile.yamlStem("a.yml") == "a")
        #expect(CatalogFile.yamlStem("a.b.YAML") == "a.b")
        #expect(CatalogFile.yamlStem(".yml") == nil)
        #expect(CatalogFile.yamlStem("yml") == nil)
        #expect(CatalogFile.yamlStem("é.yml") == "é")
    }

    @Test func aCatalogWrittenInYml() {
        var files: [String: String] = [:]
        for (path, contents) in Fixture.valid.files {
            let stem = String(path.dropLast(5))
            files[stem + (path.hasPrefix("tools/") ? ".YAML" : ".yml")] = contents
        }
        #expect(Fixture(files: files).report() == [])
        #expect(Fixture(files: files).check().catalog.tool("spinnaker") != nil)
        // A missing vocabulary is still reported, by its usual name.
        #expect(
            Fixture(files: files).without("roles.yml").report().first
                == "error: the catalog 'catalog' has no roles.yaml\n  note: create catalog/roles.yaml: every catalog needs its categories, roles and relations")
    }

    @Test func oneEntryInTwoFilesIsOneErrorNamingBoth() {
        let tool = Fixture.valid.with("tools/spinnaker.yml", Fixture.spinnaker)
        #expect(
            tool.report() == [
                "catalog/tools/spinnaker.yml:1:1: error: tool 'spinnaker' has two files, tools/spinnaker.yaml and tools/spinnaker.yml; this one is not read\n  note: tools/spinnaker.yaml is read; keep one of the two"
            ])
        #expect(tool.check().catalog.fileCount == 7)
        // The .yaml one is read whatever the order.
        let upper = Fixture.valid.with("tools/spinnaker.YML", Fixture.spinnaker)
        #expect(
            upper.report() == [
                "catalog/tools/spinnaker.YML:1:1: error: tool 'spinnaker' has two files, tools/spinnaker.YML and tools/spinnaker.yaml; this one is not read\n  note: tools/spinnaker.yaml is read; keep one of the two"
            ])
        let stack = Fixture.valid.with("stacks/demo.Yaml", Fixture.stack).with("stacks/demo.yml", Fixture.stack)
        #expect(stack.report().count == 2)
        #expect(stack.report().allSatisfy { $0.contains("stack 'demo' has two files") && $0.contains("note: stacks/demo.yaml is read") })
        // A vocabulary in two files: one error, not one per entry.
        let vocabulary = Fixture.valid.with("categories.yml", Fixture.categories)
        #expect(
            vocabulary.report() == [
                "catalog/categories.yml:1:1: error: the categories have two files, categories.yaml and categories.yml; this one is not read\n  note: categories.yaml is read; keep one of the two"
            ])
    }

    @Test func fileNameDiagnosticsNameTheFileAsItIs() {
        let tool = Fixture.kubernetes.replacingOccurrences(of: "aliases: [k8s]\n", with: "")
        let bad = Fixture.valid.with("tools/Bad_Name.yml", tool)
        #expect(
            bad.report() == [
                "catalog/tools/Bad_Name.yml:1:1: error: file name 'Bad_Name.yml' does not make a valid id\n  note: the file name is the id: lower-case kebab-case, at most 64 characters, then .yaml or .yml\n  note: rename it to 'bad-name.yml'"
            ])
        let mismatch = Fixture.valid.without("tools/kubernetes.yaml").with("tools/kubernetes.YML", "id: kubernetis\n" + Fixture.kubernetes)
        #expect(
            mismatch.report() == [
                "catalog/tools/kubernetes.YML:1:5: error: id 'kubernetis' does not match the file name 'kubernetes.YML'\n  note: rename the file to 'kubernetis.YML', or remove the 'id' key"
            ])
    }
}
