import ArgumentParser
import StackcatCore
import StackcatIO

/// `docs --inject`: fills stackcat blocks in Markdown files with the output of the commands they name.
struct InjectFiles {
    let paths: [String]
    let catalog: Catalog
    /// How messages name the catalog (`catalog/`, `the built-in catalog`).
    let catalogName: String
    /// `stackcat`, with the `--catalog` it was given, for the hint to rerun.
    let command: String
    /// The largest Markdown file read (`--max-file-size`).
    let limit: Int

    func run(check: Bool) throws {
        var stale = 0
        var withBlocks = 0
        var failed = false
        for path in paths {
            let bytes = try FileState.readRegularFile(path, limit: limit, flag: "--max-file-size")
            let result = Injection.fill(bytes, path: path) { block throws(InjectionError) in try render(block) }
            if !result.diagnostics.isEmpty {
                Terminal.writeError(
                    DiagnosticTextFormat(color: Terminal.colorEnabled(2))
                        .render(result.diagnostics, sources: [path: SourceText(path: path, bytes: bytes, lineBreaks: .markdown)]))
                failed = true
                continue
            }
            if result.blocks.isEmpty {
                Terminal.writeError("docs: \(path) has no stackcat blocks\n")
                continue
            }
            withBlocks += 1
            guard result.bytes != bytes else { continue }
            stale += 1
            if check {
                Terminal.writeError("docs: stale blocks in \(path)\n")
                Terminal.writeError(
                    UnifiedDiff.diff(
                        String(decoding: bytes, as: UTF8.self), String(decoding: result.bytes, as: UTF8.self), oldName: path, newName: "generated", maxLines: 40
                    ))
            } else {
                try AtomicFile.write(result.bytes, to: path, within: path)
                Terminal.writeError("docs: updated \(path) from \(catalogName)\n")
            }
        }
        if failed || (check && stale > 0) {
            if check && stale > 0 {
                Terminal.writeError(
                    "docs: \(stale) file\(stale == 1 ? "" : "s") out of date with \(catalogName); "
                        + "run '\(command) docs --inject \(paths.joined(separator: " "))'\n")
            }
            throw ExitCode(1)
        }
        if stale == 0 && withBlocks > 0 {
            let files = withBlocks == 1 ? paths.count == 1 ? paths[0] : "1 file" : "\(withBlocks) files"
            Terminal.writeError("docs: blocks in \(files) are up to date with \(catalogName)\n")
        }
    }

    /// Parses the block's command line into a command and runs it through the core's `embedded(in:command:)`.
    func render(_ block: Injection.Block) throws(InjectionError) -> String {
        let command: ParsableCommand
        // Help, the version and completion scripts are not catalog text; ArgumentParser answers them
        // in ways that differ by position (a help command, an exit), so they are refused up front.
        let requests: Set<String> = ["--help", "-h", "--version", "--generate-completion-script", "--experimental-dump-help"]
        if block.arguments.first == "help" || block.arguments.contains(where: { requests.contains($0) || $0.hasPrefix("--generate-completion-script=") }) {
            throw InjectionError(
                "'stackcat \(block.arguments.joined(separator: " "))' asks for help, the version or a completion script, not catalog text",
                notes: ["a block runs a command that prints text from the catalog: list, show, search, categories, roles, relations, compare or graph"])
        }
        do {
            command = try Stackcat.parseAsRoot(block.arguments)
        } catch {
            throw InjectionError(
                "cannot run 'stackcat \(block.arguments.joined(separator: " "))'",
                notes: [Stackcat.message(for: error)])
        }
        guard let output = command as? any CatalogOutput else {
            throw InjectionError(
                "'\(block.arguments[0])' prints no text to put in a document",
                notes: ["use list, show, search, categories, roles, relations, compare or graph"])
        }
        var source = catalog
        if output.catalogOptions.catalog != nil {
            let (check, _) = output.catalogOptions.check()
            guard check.errorCount == 0 else { throw InjectionError("the catalog named by --catalog has errors") }
            source = check.catalog
        }
        return try output.embedded(in: source, command: block.arguments.joined(separator: " "))
    }
}
