import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Rules: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "The rules stackcat checks: id, default severity, phase and what each asks.",
            discussion: """
                The phase says which command checks a rule: 'validate' (and every command that reads a catalog), \
                'inject' (docs --inject, on Markdown blocks) or 'import' (import landscape and import backstage, \
                on their input). --format reference writes the reference page, a section with examples for \
                each rule, which the repository keeps as docs/rules.md and which diagnostics link to.
                """
        )

        /// Refused: the rules do not depend on a catalog.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        func validate() throws {
            try catalogOptions.refuse(in: "rules")
        }

        @Option(name: .long, help: "Output format.")
        var format: RulesFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            rendered(options: options)
        }

        /// The rules do not depend on a catalog: none is read.
        func run() throws {
            Terminal.write(rendered(options: Terminal.outputOptions), format: format)
            FastExit.now()
        }

        func rendered(options: RenderOptions) -> String {
            format.render(options: options)
        }
    }
}
