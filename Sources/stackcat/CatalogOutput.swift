import ArgumentParser
import StackcatCore
import StackcatIO

/// A command whose whole job is to print text made from the catalog. `docs --inject` runs these
/// in-process to fill blocks in Markdown files.
protocol CatalogOutput: ParsableCommand, CatalogCommand {
    associatedtype Format: OutputFormat
    var catalogOptions: CatalogOptions { get }
    /// The `--format` value: it says whether the output is text for people or exact data.
    var format: Format { get }
}

extension CatalogOutput {
    func run() throws {
        try printOutput()
    }

    /// Loads the catalog, prints the output and exits; a command with a check of its own before it
    /// (`radar` without a stack) calls this from its own `run`.
    func printOutput() throws {
        let catalog = try catalogOptions.load()
        do {
            Terminal.write(try output(for: catalog, options: Terminal.outputOptions), format: format)
        } catch {
            throw fail(error)
        }
        FastExit.now()
    }
}
