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
                listed under several subcategories becomes one tool with several categories. The source's quirks \
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

        /// Only to refuse a `--catalog`, which would otherwise be taken for the catalog to write.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        func validate() throws {
            try catalogOptions.refuse(in: "import landscape")
            try destination.check()
        }

        func run() throws {
            let target = out.map {
                MarkedDirectory(path: $0, marker: LandscapeImporter.marker, what: "an import", command: "import", report: Terminal.writeError)
            }
            try target?.checkTarget()
            if let into { try ImportInto.checkTarget(into) }
            let bytes = try FileState.read(file, limit: catalogOptions.inputFileLimit, flag: "--max-file-size")
            let text = SourceText(path: file, bytes: bytes)
            // The importer reports once per item; the total is known from its first report.
            var progress: Progress?
            let result = LandscapeImporter().run(text) { _, total in
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
