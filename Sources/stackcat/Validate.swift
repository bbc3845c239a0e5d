import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Report every problem in the catalog, then a summary line.",
            discussion: """
            Text goes to standard error, one problem per line with the source line and a caret. \
            --format json (a JSON array), sarif (SARIF 2.1.0) and github (GitHub Actions annotations) \
            write to standard output, and the summary line to standard error. Exits 1 when there are \
            errors, or warnings with --strict.
            """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Flag(name: .long, help: "Fail on warnings too.")
        var strict = false

        @Option(name: .long, help: "Output format.")
        var format: DiagnosticFormat = .text

        func run() throws {
            let origin = catalogOptions.origin()
            CatalogOptions.noteFallback(origin)
            let (check, sources) = catalogOptions.check(from: origin)
            let summary = DiagnosticTextFormat.summary(errors: check.errorCount, warnings: check.warningCount,
                                                       files: check.catalog.fileCount, catalog: CatalogOptions.name(of: origin)) + "\n"
            let omitted = DiagnosticTextFormat.omitted(check.omittedCount).map { $0 + "\n" } ?? ""
            switch format {
            case .text:
                let renderer = DiagnosticTextFormat(color: Terminal.colorEnabled(2))
                Terminal.writeError(renderer.render(check.diagnostics, sources: sources))
                Terminal.writeError(omitted + summary)
            case .json, .sarif, .github:
                switch format {
                case .json: Terminal.write(DiagnosticJSONFormat.render(check.diagnostics))
                case .sarif: Terminal.write(SARIFFormat.render(check.diagnostics, toolVersion: Stackcat.configuration.version))
                default: Terminal.writeText(GitHubFormat.render(check.diagnostics))
                }
                Terminal.writeError(omitted + summary)
            }
            Terminal.exitNow(check.errorCount > 0 || (strict && check.warningCount > 0) ? 1 : 0)
        }
    }
}
