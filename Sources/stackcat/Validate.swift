import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Report every problem in the catalog, then a summary line.",
            discussion: """
                Text goes to standard error, one problem per line with the source line and a caret. \
                --format json (a JSON array), sarif (SARIF 2.1.0) and github (GitHub Actions annotations) \
                write to standard output, and the summary line to standard error. Exits 1 when there are \
                errors, or warnings with --strict. With --max-age DAYS, every stack component reviewed more \
                than DAYS days before today (or before the stack's as_of, when that is earlier) or never \
                ('reviewed: YYYY-MM-DD', its own or its stack's) gets a stale-review warning, and so does every \
                tool or stack whose own 'reviewed' date is more than DAYS days old; SOURCE_DATE_EPOCH, when set, is today.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Flag(name: .long, help: "Fail on warnings too.")
        var strict = false

        @Option(name: .long, help: "Output format.")
        var format: DiagnosticFormat = .text

        @Option(
            name: .customLong("max-age"),
            help: ArgumentHelp("Warn about stack components, tools and stacks not reviewed within this many days.", valueName: "days"))
        var maxAge: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Report only the problems of this fragment directory or file, checked against the whole catalog.",
                discussion: "A fragment that catalog.yaml does not include is added for the check, in place of the included entries of the same ids.",
                valueName: "path"),
            completion: .file())
        var only: String?

        func validate() throws {
            if let only, FileState.kind(following: only) == .missing {
                throw ValidationError("--only: '\(only)' does not exist; name a fragment directory or one of its files")
            }
            if let maxAge, maxAge < 0 { throw ValidationError("--max-age takes a number of days, 0 or more") }
        }

        func run() throws {
            let origin = catalogOptions.origin()
            CatalogOptions.noteFallback(origin)
            let reviewAge = try maxAge.map { ReviewAge(maxAge: $0, today: CalendarDate.iso(secondsSince1970: try FileWriting.secondsSince1970())) }
            let (check, sources) = catalogOptions.check(from: origin, reviewAge: reviewAge, only: only)
            let summary =
                DiagnosticTextFormat.summary(
                    errors: check.errorCount, warnings: check.warningCount,
                    files: check.catalog.fileCount, catalog: CatalogOptions.name(of: origin)) + "\n"
            let omitted = DiagnosticTextFormat.omitted(check.omittedCount).map { $0 + "\n" } ?? ""
            let report = format.render(
                check.diagnostics, sources: sources, summary: summary, omitted: omitted,
                color: Terminal.colorEnabled(2), toolVersion: Stackcat.configuration.version)
            if !report.output.isEmpty { Terminal.write(report.output, format: format) }
            Terminal.writeError(report.errorOutput)
            FastExit.now(check.errorCount > 0 || (strict && check.warningCount > 0) ? 1 : 0)
        }
    }
}
