import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "docs",
            abstract: "Generate Markdown documentation, or fill stackcat blocks in hand-written Markdown.",
            discussion: """
                --out DIR writes README.md, categories/<id>.md, tools/<id>.md, stacks/<id>.md and catalog.dot. \
                It rewrites only files whose bytes change, removes generated files that no longer belong, and never \
                touches a file without the generated marker; when neither the catalog nor DIR changed since its last \
                run (a stamp in .stackcat/cache/ of the catalog's repository says so; deleting it is safe), it renders \
                nothing. --inject FILE... fills each \
                '<!-- stackcat:begin ARGS -->' ... '<!-- stackcat:end -->' block with the output of 'stackcat ARGS'. \
                With --check nothing is written: stale, missing or extra files and blocks are listed with a diff, \
                and the exit code is 1. Categories with no tool are left out of the index's tree and the \
                sub-category lines unless --show-empty is given.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The directory to generate into.", valueName: "dir"), completion: .directory)
        var out: String?

        @Option(
            name: .long, parsing: .upToNextOption, help: ArgumentHelp("Markdown files whose stackcat blocks to fill.", valueName: "file"),
            completion: .file(extensions: ["md"]))
        var inject: [String] = []

        @Flag(name: .long, help: "Write nothing; exit 1 when anything is out of date.")
        var check = false

        @Flag(name: .long, help: "With --out: list categories with no tool too (in the index's tree and the sub-category lines).")
        var showEmpty = false

        func validate() throws {
            if (out == nil) == inject.isEmpty {
                throw ValidationError("give either --out DIR or --inject FILE...")
            }
        }

        func run() throws {
            // Found once: the catalog is read from it, and docs must not be written into it.
            let origin = catalogOptions.origin()
            CatalogOptions.noteFallback(origin)
            // Pages take memory of their own: the catalog's file texts are freed once it is loaded.
            // What they were is kept as a digest, for the stamp that lets an unchanged rerun skip rendering.
            let stamps = out != nil && !check
            var inputs: StableDigest? = nil
            let catalog = try catalogOptions.load(from: origin, keepingTexts: false, publishing: "docs") { files in
                if stamps { inputs = CatalogFiles.digest(files) }
            }
            if let out {
                var directory = GeneratedDirectory(
                    path: out, catalogOrigin: origin, command: catalogOptions.command,
                    files: DocsFiles(catalog: catalog, showsEmptyCategories: showEmpty))
                directory.stamping = inputs.map { ($0, showEmpty ? ["--show-empty"] : []) }
                try directory.sync(check: check)
            } else {
                try InjectFiles(
                    paths: inject, catalog: catalog, catalogName: CatalogOptions.name(of: origin),
                    command: catalogOptions.command, limit: catalogOptions.catalogFileLimit
                ).run(check: check)
            }
            FastExit.now()
        }
    }
}
