import Foundation
import StackcatCore
import Testing

/// Runs every rule's two examples through the pipeline of its phase: the triggering example must give at
/// least one diagnostic with the rule's id and severity, the passing one none with that id.
///
/// - validate: `stackcat init` writes the base catalog once (its stack dated by SOURCE_DATE_EPOCH); each
///   example goes on a copy of it, and the built binary's `validate --format json` gives the codes, the
///   file-level rules (missing catalog, symbolic links, sizes, directories) included.
/// - import: `import` prints no codes, so the examples go through the calls its commands make on the
///   file's bytes: `LandscapeImporter.run`, and `BackstageImporter.read` then `finish` (the executable
///   follows Location targets that are files; the importer itself refuses URL targets).
/// - inject: the binary's `docs --inject FILE --check` on the base catalog must report an error in the
///   file exactly when the example triggers; `Injection.fill`, which checks the markers, tells
///   inject-markers from inject-command (a block's command is run only by the executable).
@Suite("Every rule's examples through its pipeline")
struct RuleExampleTests {
    /// 2026-01-01: the base stack's `as_of`, and today for `--max-age`.
    static let epoch = "1767225600"

    static let base: Result<URL, ExampleError> = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-rule-base-\(UUID().uuidString)")
        do {
            let run = try Binary.run(["init", root.appendingPathComponent("catalog").path], environment: ["SOURCE_DATE_EPOCH": epoch])
            guard run.status == 0 else { return .failure(ExampleError("init failed: \(run.stderr)")) }
        } catch {
            return .failure(ExampleError("init failed: \(error)"))
        }
        return .success(root.appendingPathComponent("catalog"))
    }()

    @Test(arguments: Rule.all)
    func examplesOf(_ rule: Rule) throws {
        let triggered = try diagnostics(of: rule.triggering, phase: rule.phase)
        let matching = triggered.filter { $0.code == rule.id }
        #expect(!matching.isEmpty, "the triggering example of \(rule.id) gave \(triggered.map(\.code))")
        for found in matching { #expect(found.severity == rule.severity.rawValue, "\(rule.id)") }
        let kept = try diagnostics(of: rule.passing, phase: rule.phase)
        #expect(!kept.contains { $0.code == rule.id }, "the passing example of \(rule.id) gave \(kept)")
    }

    struct Found: Equatable, CustomStringConvertible {
        var code: String
        var severity: String
        var message: String
        var description: String { "\(code) (\(severity)): \(message)" }
    }

    struct ExampleError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    func diagnostics(of example: Rule.Example, phase: Rule.Phase) throws -> [Found] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        switch phase {
        case .validate: return try validate(example, in: scratch)
        case .inject: return try inject(example, in: scratch)
        case .import: return try importing(example)
        }
    }

    /// Writes `content` at `url`, replacing whatever is there.
    func write(_ content: Rule.Example.Content, at url: URL) throws {
        let files = FileManager.default
        if (try? files.attributesOfItem(atPath: url.path)) != nil { try files.removeItem(at: url) }
        try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch content {
        case .text(let text): try Data(text.utf8).write(to: url)
        case .bytes(let bytes): try Data(bytes).write(to: url)
        case .absent: break
        case .symlink(let target): try files.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        case .directory: try files.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    func validate(_ example: Rule.Example, in scratch: URL) throws -> [Found] {
        let catalog = scratch.appendingPathComponent("catalog")
        try FileManager.default.copyItem(at: try Self.base.get(), to: catalog)
        if example.file == "." {
            // The catalog directory itself: absent, or the directory that it is.
            if example.content != .directory { try write(example.content, at: catalog) }
        } else {
            try write(example.content, at: catalog.appendingPathComponent(example.file))
        }
        var arguments = ["validate", "--format", "json", "--catalog", catalog.path]
        if let size = example.maxFileSize { arguments += ["--max-file-size", String(size)] }
        if let age = example.maxAge { arguments += ["--max-age", String(age)] }
        let run = try Binary.run(arguments, in: scratch, environment: ["SOURCE_DATE_EPOCH": Self.epoch])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return json.map {
            Found(code: $0["code"] as? String ?? "", severity: $0["severity"] as? String ?? "", message: $0["message"] as? String ?? "")
        }
    }

    func inject(_ example: Rule.Example, in scratch: URL) throws -> [Found] {
        let file = scratch.appendingPathComponent(example.file)
        try write(example.content, at: file)
        let run = try Binary.run(["docs", "--catalog", try Self.base.get().path, "--inject", example.file, "--check"], in: scratch)
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("\(example.file):") && $0.contains(": error: ") }
        let bytes = Array(try Data(contentsOf: file))
        let markers = Injection.fill(bytes, path: example.file) { _ in "" }.diagnostics
        var found = markers.map { Found(code: $0.code, severity: $0.severity.rawValue, message: $0.message) }
        for line in errors.dropFirst(markers.count) {
            found.append(Found(code: Rule.injectCommand.id, severity: Severity.error.rawValue, message: String(line)))
        }
        // The markers' diagnostics are the binary's too.
        #expect(errors.count >= markers.count, "\(run.stderr)")
        return found
    }

    func importing(_ example: Rule.Example) throws -> [Found] {
        guard case .text(let text) = example.content else { throw ExampleError("an import example is a text") }
        if example.file.hasPrefix("tools/") || example.file.hasPrefix("stacks/") { return merging(example.file, text) }
        let source = SourceText(path: example.file, bytes: Array(text.utf8))
        let diagnostics: [Diagnostic]
        if example.file.hasSuffix("landscape.yml") {
            diagnostics = LandscapeImporter().run(source).diagnostics
        } else {
            var importer = BackstageImporter()
            _ = importer.read(source)
            diagnostics = importer.finish().diagnostics
        }
        return diagnostics.map { Found(code: $0.code, severity: $0.severity.rawValue, message: $0.message) }
    }
}

extension RuleExampleTests {
    /// A merge example is a file of the catalog that `--into` names: the import is a Backstage
    /// Component (with its owner's Group) named after the `ledger` tool, planned against that file
    /// as `ImportInto` plans it.
    func merging(_ file: String, _ text: String) -> [Found] {
        let input = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: payments
            spec:
              type: team
              children: []
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: ledger
            spec:
              type: service
              lifecycle: production
              owner: payments

            """
        var importer = BackstageImporter()
        _ = importer.read(SourceText(path: "catalog-info.yaml", text: input))
        let generated = importer.finish().files.filter { $0.path.hasPrefix("tools/") }
        let plan = ImportMerge(generated: generated, existing: [(path: file, text: text)], marker: BackstageImporter.marker)
        return plan.conflicts.map { $0.diagnostic(prefix: "catalog/") }.map {
            Found(code: $0.code, severity: $0.severity.rawValue, message: $0.message)
        }
    }
}

extension Rule: CustomTestStringConvertible {
    public var testDescription: String { id }
}
