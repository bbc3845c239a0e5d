import FuzzDriver
import StackcatCore

/// The first byte of the input picks which catalog file the rest becomes; the other files come from a
/// small valid catalog. Everything stackcat does with a catalog then runs on it: reading, loading,
/// validation, diagnostics with snippets, and, when the catalog is sound, every generator (the site too).
enum Harness {
    static let base: [String: String] = [
        "categories.yaml": "- id: cd\n  name: CD\n- id: runtime\n  name: Runtime\n- id: k8s\n  name: K8s\n  parent: runtime\n",
        "roles.yaml": "- id: deploy\n  name: Deploy\n",
        "relations.yaml":
            "- id: deploys-to\n  label: deploys to\n  inverse: deployed by\n- id: with\n  label: with\n  symmetric: true\n- id: superseded-by\n  label: superseded by\n  inverse: supersedes\n",
        "tools/spinnaker.yaml":
            "name: Spinnaker\ncategory: cd\nsummary: CD.\nhomepage: https://spinnaker.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nroles: [deploy]\nrelations:\n  - type: deploys-to\n    target: kubernetes\nsources: [https://spinnaker.io]\n",
        "tools/kubernetes.yaml":
            "name: Kubernetes\ncategory: k8s\nsummary: K8s.\nhomepage: https://kubernetes.io\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\nsources: [https://kubernetes.io]\n",
        "stacks/demo.yaml": "name: Demo\nsummary: Demo.\nsources: [https://example.com]\ncomponents:\n  - tool: spinnaker\n    ring: adopt\n"
    ]
    static let targets = [
        "tools/fuzzed.yaml", "stacks/fuzzed.yaml", "categories.yaml", "roles.yaml", "relations.yaml",
        "tools/spinnaker.yaml", "stacks/demo.yaml"
    ]

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
        // Selectors with the high bit set read under the command line's default diagnostic limits.
        let limits: DiagnosticLimits = selector & 0x80 == 0 ? .unlimited : .standard
        let check = CatalogCheck(files: files, requireVocabularies: "catalog", limits: limits)
        precondition(check.diagnostics.count <= limits.total)
        var sources: [String: SourceText] = [:]
        for file in files { sources[file.text.path] = file.text }
        checkTerminalSafe(DiagnosticTextFormat().render(check.diagnostics, sources: sources))
        checkTerminalSafe(DiagnosticTextFormat(color: true).render(check.diagnostics, sources: sources), colour: true)
        checkTerminalSafe(GitHubFormat.render(check.diagnostics))
        checkNoRawControl(DiagnosticJSONFormat.render(check.diagnostics))
        // Control characters and line breaks in one-line values are errors, but the loader keeps the text
        // and the renderers must stay safe with it all the same.
        guard check.diagnostics.allSatisfy({ $0.severity == .warning || $0.rule == .controlCharacter || $0.rule == .singleLine }),
            check.omittedErrors == 0
        else { return }
        let catalog = check.catalog
        _ = DocsFiles(catalog: catalog).all()
        // The site, graphs as lists of edges: its templates escape every catalog text.
        for (_, page) in SiteFiles(catalog: catalog, drawing: nil).all() {
            precondition(!page.contains("<script>") && !page.contains("<img"), "catalog text became markup in the site")
        }
        if let graph = try? GraphQuery().build(from: catalog) {
            _ = DOTFormat().render(graph)
            _ = MermaidFormat().render(graph)
            _ = GraphJSONFormat.render(graph)
        }
        let comparison = Comparison(tools: catalog.tools, in: catalog)
        let narrow = RenderOptions(terminalWidth: 40)
        checkTerminalSafe(TextTableFormat().render(comparison.table, options: narrow))
        checkTerminalSafe(WrappedTableFormat().render(comparison.table, options: narrow))
        checkTerminalSafe(MarkdownTableFormat().render(comparison.table, options: .plain))
        _ = CSVTableFormat().render(comparison.table, options: .plain)
        checkNoRawControl(comparison.json.rendered())
        _ = Search.run("a", in: catalog)
        let show = ShowRenderer(catalog: catalog)
        for tool in catalog.tools {
            checkTerminalSafe(show.text(tool))
            checkTerminalSafe(show.markdown(tool))
        }
        for stack in catalog.stacks {
            checkTerminalSafe(show.text(stack))
            checkTerminalSafe(show.markdown(stack))
        }
    }

    /// What the executable writes for people, after its one output-safety layer: no raw control but
    /// line feed and tab (and, with colour, stackcat's own ESC [ ... m).
    static func checkTerminalSafe(_ text: String, colour: Bool = false) {
        let safe = TerminalText.safeOutput(text, keepingStyles: colour)
        for scalar in safe.unicodeScalars where scalar != "\n" && scalar != "\t" && !(colour && scalar == "\u{1B}") {
            precondition(
                !ControlCharacters.isForbidden(scalar, allowTab: true) && scalar != "\u{2028}" && scalar != "\u{2029}",
                "raw control \(scalar.value) reaches the terminal")
        }
    }

    /// JSON keeps data exact but escapes every control.
    static func checkNoRawControl(_ text: String) {
        for scalar in text.unicodeScalars where scalar != "\n" {
            precondition(!ControlCharacters.isForbidden(scalar, allowTab: false), "raw control \(scalar.value) in JSON")
        }
    }
}

/// SwiftPM links an executable target's entry point under this name; it hands over to libFuzzer.
@_cdecl("FuzzCatalog_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        Harness.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
