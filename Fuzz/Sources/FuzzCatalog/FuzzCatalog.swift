import StackcatCore

/// The first byte of the input picks which catalog file the rest becomes; the other files come from a
/// small valid catalog. Everything stackcat does with a catalog then runs on it: reading, loading,
/// validation, diagnostics with snippets, and, when the catalog is sound, every generator.
enum Harness {
    static let base: [String: String] = [
        "categories.yaml": "- id: cd\n  name: CD\n- id: runtime\n  name: Runtime\n- id: k8s\n  name: K8s\n  parent: runtime\n",
        "roles.yaml": "- id: deploy\n  name: Deploy\n",
        "relations.yaml": "- id: deploys-to\n  label: deploys to\n  inverse: deployed by\n- id: with\n  label: with\n  symmetric: true\n- id: superseded-by\n  label: superseded by\n  inverse: supersedes\n",
        "tools/spinnaker.yaml": "name: Spinnaker\ncategory: cd\nsummary: CD.\nhomepage: https://spinnaker.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nroles: [deploy]\nrelations:\n  - type: deploys-to\n    target: kubernetes\nsources: [https://spinnaker.io]\n",
        "tools/kubernetes.yaml": "name: Kubernetes\ncategory: k8s\nsummary: K8s.\nhomepage: https://kubernetes.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nsources: [https://kubernetes.io]\n",
        "stacks/demo.yaml": "name: Demo\nsummary: Demo.\nsources: [https://example.com]\ncomponents:\n  - tool: spinnaker\n    ring: adopt\n",
    ]
    static let targets = ["tools/fuzzed.yaml", "stacks/fuzzed.yaml", "categories.yaml", "roles.yaml", "relations.yaml",
                          "tools/spinnaker.yaml", "stacks/demo.yaml"]

    static func run(_ data: UnsafeRawBufferPointer) {
        guard let selector = data.first else { return }
        let bytes = Array(data.dropFirst())
        let target = targets[Int(selector) % targets.count]
        var files: [CatalogFile] = []
        for (path, text) in base where path != target {
            files.append(CatalogFile(relativePath: path, displayPath: "catalog/" + path, contents: text))
        }
        let fuzzed = SourceText(path: "catalog/" + target, bytes: bytes)
        files.append(CatalogFile(relativePath: target, text: fuzzed))
        files.sort { $0.relativePath < $1.relativePath }
        let check = CatalogCheck(files: files, requireVocabularies: "catalog")
        var sources: [String: SourceText] = [:]
        for file in files { sources[file.text.path] = file.text }
        _ = DiagnosticTextFormat().render(check.diagnostics, sources: sources)
        _ = DiagnosticJSONFormat.render(check.diagnostics)
        guard check.errorCount == 0 else { return }
        let catalog = check.catalog
        _ = DocsGenerator(catalog: catalog).files()
        if let graph = try? GraphQuery().build(from: catalog) {
            _ = DOTFormat().render(graph)
            _ = MermaidFormat().render(graph)
            _ = GraphJSONFormat.render(graph)
        }
        let comparison = Comparison(tools: catalog.tools, in: catalog)
        let formats: [any TableFormat] = [TextTableFormat(), WrappedTableFormat(), MarkdownTableFormat(), CSVTableFormat()]
        for format in formats { _ = format.render(comparison.table, options: RenderOptions(terminalWidth: 40)) }
        _ = Search.run("a", in: catalog)
        let show = ShowRenderer(catalog: catalog)
        for tool in catalog.tools { _ = show.text(tool); _ = show.markdown(tool) }
        for stack in catalog.stacks { _ = show.text(stack); _ = show.markdown(stack) }
    }
}


/// libFuzzer's entry point for programs that own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable target's entry point under this name; it hands over to libFuzzer.
@_cdecl("FuzzCatalog_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        Harness.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
