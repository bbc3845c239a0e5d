import ArgumentParser
import StackcatIO

@main
struct Stackcat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stackcat",
        abstract: "A catalogue of cloud-native architecture: tools, roles, relations and stacks.",
        discussion: """
            The catalog is read from --catalog, else $STACKCAT_CATALOG, else ./catalog, else the nearest \
            ancestor directory's catalog/, else the catalog built into this binary. --catalog may come before \
            or after the subcommand ('stackcat --catalog DIR list' or 'stackcat list --catalog DIR'); given \
            twice, the later one wins.
            Exit codes: 0 success; 1 the catalog has errors or an id is unknown; 64 bad command line.
            """,
        version: "0.1.0",
        subcommands: [
            List.self, Show.self, Search.self, Categories.self, Roles.self, Relations.self, Compare.self, Graph.self, Radar.self,
            Diff.self, Docs.self, Site.self, Validate.self, Rules.self, Import.self, Export.self, Init.self, New.self, Schema.self,
            Rename.self, Lsp.self
        ]
    )

    /// Shared with every subcommand that declares the same option group, so `--catalog` works
    /// before the subcommand as well as after it.
    @OptionGroup var catalogOptions: CatalogOptions

    /// Runs the command; an `IOFailure` from any layer is printed here, once, and sets the exit
    /// status. Everything else (usage errors, `ExitCode`) ArgumentParser reports as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as IOFailure {
            Terminal.writeError(failure.text)
            exit(withError: ExitCode(failure.exitCode))
        } catch {
            exit(withError: error)
        }
    }
}
