import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the catalog in other catalogues' formats.",
            subcommands: [Landscape.self]
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
            let catalog = try catalogOptions.load()
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
                    throw failure("\(out) exists and was not written by stackcat export; move it away")
                }
            case .other(let kind):
                throw failure("\(out) is \(kind); --out names the landscape.yml file to write")
            }
            let directory = OutputTarget.parent(of: out)
            try AtomicFile.write(result.text, to: out, within: directory)
            if !result.skipped.isEmpty {
                Terminal.writeError("export: left out \(result.skipped.count) tool\(result.skipped.count == 1 ? "" : "s") without a homepage: "
                                    + result.skipped.joined(separator: ", ") + "\n")
            }
            Terminal.writeError("export: wrote \(result.itemCount) items to \(out)\n")
        }
    }
}
