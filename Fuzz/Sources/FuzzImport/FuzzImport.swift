import FuzzDriver
import StackcatCore

/// `import landscape` on any bytes: the importer runs, and when it reports no errors its files are
/// read back and loaded as a catalog. Properties: nothing crashes or hangs, every file it writes is
/// YAML that reads without a problem, and the catalog it makes validates without errors (what an
/// import writes must be a catalog stackcat accepts). A failed property traps.
enum Harness {
    static func run(_ data: UnsafeRawBufferPointer) {
        let text = SourceText(path: "landscape.yml", bytes: Array(data))
        let result = LandscapeImporter().run(text)
        _ = DiagnosticTextFormat().render(result.diagnostics, sources: ["landscape.yml": text])
        guard !result.diagnostics.contains(where: { $0.severity == .error }) else { return }
        var files: [CatalogFile] = []
        for file in result.files {
            let written = SourceText(path: "imported/" + file.path, text: file.contents)
            let (_, problems) = YAMLReader().read(written)
            if !problems.isEmpty { fail("the importer wrote \(file.path), which does not read:", problems, file.contents) }
            files.append(CatalogFile(relativePath: file.path, text: written))
        }
        let check = CatalogCheck(files: files, requireVocabularies: "imported")
        let errors = check.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { fail("the imported catalog has errors:", errors, "") }
        if check.catalog.tools.count != result.toolCount { fail("\(result.toolCount) tools imported, \(check.catalog.tools.count) loaded", [], "") }
    }

    static func fail(_ message: String, _ diagnostics: [Diagnostic], _ contents: String) -> Never {
        fatalError(
            "\(message)\n\(diagnostics.map { "\($0.location.map { "\($0.path):\($0.span.start.line)" } ?? "-"): \($0.message)" }.joined(separator: "\n"))\n\(contents)"
        )
    }
}

/// SwiftPM links an executable target's entry point under this name; it hands over to libFuzzer.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        Harness.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
