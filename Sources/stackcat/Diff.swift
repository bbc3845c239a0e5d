import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare the catalog at two git revisions (or in two directories): what was added, removed, renamed, changed and moved.",
            discussion: """
                Each side is a git revision or a catalog directory (an argument that names an existing directory is \
                read as one). Without BASE: the merge base of HEAD with the default branch (origin/HEAD, else main, \
                else master); without HEAD: the catalog in the working tree. A revision's catalog is read from git's \
                objects (git ls-tree and one git cat-file --batch), at the path --catalog resolves to, with no \
                checkout. A side with errors is reported with them, and what could be read is compared. \
                Exit 0 whatever changed; with --exit-code, 1 when something did. \
                Example: stackcat diff main --format markdown >> "$GITHUB_STEP_SUMMARY"
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(
            help: ArgumentHelp(
                "The old side: a revision or a catalog directory (default: the merge base with the default branch).",
                valueName: "base"))
        var base: String?

        @Argument(help: ArgumentHelp("The new side: a revision or a catalog directory (default: the working tree).", valueName: "head"))
        var head: String?

        @Option(name: .long, help: "Output format.")
        var format: DiffFormat = .text

        @Flag(name: .long, help: "Exit 1 when something changed, as 'git diff --exit-code' does.")
        var exitCode = false

        func run() throws {
            var history: CatalogHistory?
            func repository() throws(IOFailure) -> CatalogHistory {
                if let history { return history }
                let opened = try CatalogHistory(options: catalogOptions)
                history = opened
                return opened
            }
            let old: DiffSide
            if let base {
                old = try side(base, history: repository)
            } else {
                let found = try repository().defaultBase()
                let (check, commit, _) = try repository().check(revision: found.commit, label: String(found.commit.prefix(7)), commit: found.commit)
                old = DiffSide(check: check, side: CatalogDiff.Side(label: found.label, commit: commit))
            }
            let new: DiffSide
            if let head {
                new = try side(head, history: repository)
            } else {
                let check = catalogOptions.check().check
                new = DiffSide(check: check, side: CatalogDiff.Side(label: "working tree"))
            }
            let diff = CatalogDiff(from: old.check.catalog, to: new.check.catalog, base: old.described, head: new.described)
            Terminal.write(format.render(diff), format: format)
            FastExit.now(exitCode && !diff.isEmpty ? 1 : 0)
        }

        /// A side named on the command line: an existing directory, else a revision.
        func side(_ argument: String, history: () throws(IOFailure) -> CatalogHistory) throws(IOFailure) -> DiffSide {
            if FileState.isDirectory(argument) {
                let check = catalogOptions.check(from: .directory(path: argument, display: argument)).check
                return DiffSide(check: check, side: CatalogDiff.Side(label: argument))
            }
            let (check, commit, _) = try history().check(revision: argument)
            return DiffSide(check: check, side: CatalogDiff.Side(label: argument, commit: commit))
        }
    }
}

/// One side of `diff`, loaded and checked.
struct DiffSide {
    var check: CatalogCheck
    var side: CatalogDiff.Side

    /// The side with the errors that kept it from validating.
    var described: CatalogDiff.Side {
        var side = side
        side.errors = check.diagnostics.filter { $0.severity == .error }
        side.errorCount = check.errorCount
        return side
    }
}
extension DiffFormat: ExpressibleByArgument {}
