import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat.Import {
    struct Backstage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backstage",
            abstract: "Convert Backstage catalog-info.yaml files into a stackcat catalog.",
            discussion: """
                Reads the files given and every *.yaml and *.yml file under the directories given, and follows \
                Location targets that are relative paths inside them (URLs are reported, not fetched). Groups \
                become teams, Components and Resources tools, Systems stacks, spec.dependsOn a depends-on \
                relation; the stackcat.dev annotations that export backstage writes give back ids, categories, \
                hosting, lifecycles, typed relations and stack components. Quirks are warnings with their line \
                and column. Rerunning replaces only files that carry the import marker.
                """
        )

        @Argument(
            help: ArgumentHelp("catalog-info.yaml files, or directories to search for YAML files.", valueName: "file-or-dir"),
            completion: .file(extensions: ["yaml", "yml"]))
        var inputs: [String]

        /// Where the import goes: --out DIR, or --into CATALOG [--dry-run].
        @OptionGroup var destination: ImportDestination

        var out: String? { destination.out }
        var into: String? { destination.into }
        var dryRun: Bool { destination.dryRun }

        /// Only to refuse a `--catalog`, which would otherwise be taken for the catalog to write.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        func validate() throws {
            try catalogOptions.refuse(in: "import backstage")
            if inputs.isEmpty { throw ValidationError("name at least one catalog-info.yaml file or directory") }
            try destination.check()
        }

        func run() throws {
            if let into { try ImportInto.checkTarget(into) }
            var input = BackstageInput(limit: catalogOptions.inputFileLimit)
            input.load(inputs)
            let result = input.importer.finish()
            ImportDiagnostics.write(result.diagnostics, sources: input.sources, limits: catalogOptions.diagnosticLimits)
            let errors = result.diagnostics.count { $0.severity == .error }
            if errors > 0 {
                Terminal.writeError("import: \(errors) error\(errors == 1 ? "" : "s"); nothing was written\n")
                throw ExitCode(1)
            }
            let warnings = result.diagnostics.count - errors
            guard let out else {
                let merged = try ImportInto.merge(
                    result.files, marker: BackstageImporter.marker, into: into ?? "", dryRun: dryRun,
                    maxFileSize: catalogOptions.catalogFileLimit, limits: catalogOptions.diagnosticLimits)
                Terminal.writeError("import: \(result.entityCount) entities: \(merged) (\(warnings) warning\(warnings == 1 ? "" : "s"))\n")
                return
            }
            let written = try MarkedDirectory(path: out, marker: BackstageImporter.marker, what: "an import", command: "import", report: Terminal.writeError)
                .write(result.files)
            func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String { "\(n) \(n == 1 ? noun : plural ?? noun + "s")" }
            Terminal.writeError(
                "import: \(count(result.entityCount, "entity", "entities")) became "
                    + "\(count(result.teamCount, "team")), \(count(result.toolCount, "tool")) and \(count(result.stackCount, "stack")) "
                    + "in \(out) (\(written) files written, \(count(warnings, "warning")))\n")
        }
    }
}
