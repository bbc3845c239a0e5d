import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Convert other catalogues into a stackcat catalog.",
            subcommands: [Landscape.self, Backstage.self]
        )
    }
}

extension Stackcat.Import {
    struct Landscape: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "landscape",
            abstract: "Convert a CNCF landscape.yml into a stackcat catalog.",
            discussion: """
                Categories and subcategories become a two-level category tree and items become tools; an item \
                listed under several subcategories becomes one tool with several categories, and a CNCF project listed \
                again under another category (same repository, no maturity) joins the project's tool. Organisations \
                (the CNCF Members category, certified service providers and training partners) are not tools: they \
                are counted and skipped, and become the vendor: of the tools whose Crunchbase page they share. The source's quirks \
                (a second_path to a missing subcategory, a missing item: marker, a null description, an empty \
                items: list, keys this version does not know) are warnings with their line and column. Rerunning \
                replaces only files that carry the import marker.
                """
        )

        @Argument(help: ArgumentHelp("The landscape.yml file.", valueName: "file"), completion: .file(extensions: ["yml", "yaml"]))
        var file: String

        /// Where the import goes: --out DIR, or --into CATALOG [--dry-run].
        @OptionGroup var destination: ImportDestination

        var out: String? { destination.out }
        var into: String? { destination.into }
        var dryRun: Bool { destination.dryRun }

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The landscape's hosted_logos/ directory: copy the SVG logos of the items imported into logos/ of --out.",
                discussion:
                    "Each logo is checked as a catalog's are (size, type, no script, no external reference); one that fails is left out with a warning.",
                valueName: "dir"),
            completion: .directory)
        var logos: String?

        /// Only to refuse a `--catalog`, which would otherwise be taken for the catalog to write.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        func validate() throws {
            try catalogOptions.refuse(in: "import landscape")
            try destination.check()
            if logos != nil && destination.out == nil { throw ValidationError("--logos copies logos into --out; it does not work with --into") }
        }

        func run() throws {
            let target = out.map {
                var directory = MarkedDirectory(path: $0, marker: LandscapeImporter.marker, what: "an import", command: "import", report: Terminal.writeError)
                directory.otherMarkers = [LandscapeImporter.logoMarker]
                return directory
            }
            if let logos, !FileState.isDirectory(logos) {
                throw IOFailure("--logos \(TerminalText.sanitize(logos)) is not a directory; give the landscape's hosted_logos/ directory")
            }
            try target?.checkTarget()
            if let into { try ImportInto.checkTarget(into) }
            let bytes = try FileState.read(file, limit: catalogOptions.inputFileLimit, flag: "--max-file-size")
            let text = SourceText(path: file, bytes: bytes)
            // The importer reports once per item; the total is known from its first report.
            var progress: Progress?
            let reader = logos.map { directory in { (name: String) in CatalogLogoFiles.read(name, in: directory) } }
            let result = LandscapeImporter().run(text, logos: reader) { _, total in
                if progress == nil { progress = Progress(total: total, label: "import", unit: "items") }
                progress?.advance()
            }
            progress?.finish()
            ImportDiagnostics.write(result.diagnostics, sources: [file: text], limits: catalogOptions.diagnosticLimits)
            let errors = result.diagnostics.count { $0.severity == .error }
            if errors > 0 {
                Terminal.writeError("import: \(errors) error\(errors == 1 ? "" : "s"); nothing was written\n")
                throw ExitCode(1)
            }
            let warnings = result.diagnostics.count - errors
            if result.organisationCount > 0 {
                Terminal.writeError(
                    "import: skipped \(result.organisationCount) organisation\(result.organisationCount == 1 ? "" : "s"): organisations are not tools "
                        + "(CNCF members, certified service providers and training partners become the vendor of the tools they make)\n")
            }
            guard let target, let out else {
                let merged = try ImportInto.merge(
                    result.files, marker: LandscapeImporter.marker, into: into ?? "", dryRun: dryRun,
                    maxFileSize: catalogOptions.catalogFileLimit, limits: catalogOptions.diagnosticLimits)
                Terminal.writeError(
                    "import: \(result.itemCount) items, \(result.toolCount) tools: \(merged) (\(warnings) warning\(warnings == 1 ? "" : "s"))\n")
                return
            }
            let written = try target.write(result.files)
            Terminal.writeError(
                "import: \(result.itemCount) items became \(result.toolCount) tools in \(out) (\(written) files written, "
                    + "\(warnings) warning\(warnings == 1 ? "" : "s"))\n")
        }
    }
}
