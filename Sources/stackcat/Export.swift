import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the catalog in other catalogues' formats.",
            subcommands: [Backstage.self, Landscape.self]
        )
    }
}

extension Stackcat.Export {
    struct Landscape: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "landscape",
            abstract: "Write a landscape.yml that the CNCF landscape2 generator accepts.",
            discussion: """
                Root categories become landscape categories; a root that holds tools, and every category below \
                it, become subcategories (deeper ones named by their path, 'A › B'). Each tool is an item in its \
                primary category with name, homepage_url, repo_url, its summary as description, its CNCF \
                maturity as project, second_path entries for its other categories, and logo <id>.svg (supply \
                the logos). Tools without a homepage are left out and named. Refuses to overwrite a file that \
                it did not write.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The landscape.yml file to write.", valueName: "file"), completion: .file(extensions: ["yml", "yaml"]))
        var out: String

        func run() throws {
            let catalog = try catalogOptions.load(publishing: "export landscape")
            let result = LandscapeExporter(catalog: catalog).run()
            try OutputTarget.refuseDangerous(out, writing: "an export")
            switch FileState.of(out) {
            case .missing: break
            case .file(let existing):
                if existing == result.text {
                    Terminal.writeError("export: \(out) is up to date (\(result.itemCount) items)\n")
                    return
                }
                guard existing.hasPrefix(LandscapeExporter.marker) else {
                    throw IOFailure("\(out) exists and was not written by stackcat export; move it away")
                }
            case .other(let kind):
                throw IOFailure("\(out) is \(kind); --out names the landscape.yml file to write")
            }
            try AtomicFile.write(result.text, to: out, within: OutputTarget.parent(of: out), lockingAs: "export")
            if !result.skipped.isEmpty {
                Terminal.writeError(
                    "export: left out \(result.skipped.count) tool\(result.skipped.count == 1 ? "" : "s") without a homepage: "
                        + result.skipped.joined(separator: ", ") + "\n")
            }
            Terminal.writeError("export: wrote \(result.itemCount) items to \(out)\n")
        }
    }
}

extension Stackcat.Export {
    struct Backstage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backstage",
            abstract: "Write Backstage catalog entities, one file per entity, and a Location listing them.",
            discussion: """
                Teams become Groups; in-house tools and libraries Components, other tools Resources; stacks \
                Systems, with their inline in-house parts as Components; relations spec.dependsOn. Add \
                DIR/catalog-info.yaml to Backstage's catalog.locations. Every file starts with a marker line; a \
                rerun rewrites only changed files, removes exported files that no longer belong, and refuses \
                to overwrite files without the marker.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The directory to write the entities into.", valueName: "dir"), completion: .directory)
        var out: String

        func run() throws {
            let catalog = try catalogOptions.load(publishing: "export backstage")
            let result = BackstageExporter(catalog: catalog).run()
            let written = try MarkedDirectory(
                path: out, marker: BackstageExporter.marker, what: "stackcat export", command: "export", report: Terminal.writeError
            ).write(result.files)
            for note in result.notes { Terminal.writeError("export: \(note)\n") }
            Terminal.writeError("export: \(result.entityCount) entities in \(out) (\(written) files written)\n")
        }
    }
}
