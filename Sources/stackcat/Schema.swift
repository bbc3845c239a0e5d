import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Schema: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print or write the JSON Schemas of the catalog files.",
            discussion: """
                stackcat schema NAME prints one schema (NAME: \(names.joined(separator: ", "))). Without NAME, \
                prints one JSON object whose keys are the file names (\(BuiltinCatalog.schemas.first?.name ?? "")...) \
                and whose values are the schemas. --out DIR writes them as files instead (the one NAME, or all), \
                replacing files of the same name. 'schema tool --format markdown' prints the keys of a tool file as \
                a Markdown table (key, required, value), as the README shows them. Editors find them through each catalog file's first line, \
                '# yaml-language-server: $schema=PATH'.
                """
        )

        /// The built-in schemas, the tool file's generated from its keys' declarations.
        static let schemas = CatalogSchemas.schemas(embedded: BuiltinCatalog.schemas)

        /// The schemas' short names, from the embedded list (which names the tool schema too), so that
        /// building the command line's help does not render the tool schema at every start.
        static var names: [String] { BuiltinCatalog.schemas.map { CatalogSchemas.shortName($0.name) } }

        @Argument(help: ArgumentHelp("One schema: \(names.joined(separator: ", ")).", valueName: "name"))
        var name: String?

        @Option(name: .long, help: ArgumentHelp("Write the schemas into this directory.", valueName: "dir"), completion: .directory)
        var out: String?

        @Option(name: .long, help: "Output format: the JSON Schema, or markdown for the table of a tool file's keys.")
        var format: SchemaFormat = .json

        var embedding: MarkdownEmbedding { format.embedding }

        /// Refused: the schemas are built in and do not depend on a catalog.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        func validate() throws {
            try catalogOptions.refuse(in: "schema")
            if let name, selected(name) == nil {
                let suggestion = Suggestions.closest(to: name, among: Self.names).map { "; did you mean '\($0)'?" } ?? ""
                throw ValidationError("unknown schema '\(name)'\(suggestion) (one of: \(Self.names.joined(separator: ", ")))")
            }
            if format == .markdown && (name.map { CatalogSchemas.shortName(selected($0)?.name ?? "") } != "tool" || out != nil) {
                throw ValidationError("--format markdown prints the keys of a tool file: 'stackcat schema tool --format markdown'")
            }
        }

        func selected(_ name: String) -> (name: String, text: String)? {
            Self.schemas.first { $0.name == name || CatalogSchemas.shortName($0.name) == name }
        }

        func output(for catalog: Catalog, options: RenderOptions) -> String {
            format == .markdown ? CatalogSchemas.toolKeysMarkdown() : name.flatMap(selected)?.text ?? CatalogSchemas.combinedJSON(Self.schemas)
        }

        func run() throws {
            if format == .markdown {
                Terminal.write(CatalogSchemas.toolKeysMarkdown(), format: format)
                return
            }
            let schemas = name.flatMap(selected).map { [$0] } ?? Self.schemas
            guard let out else {
                Terminal.write(name == nil ? CatalogSchemas.combinedJSON(schemas) : schemas[0].text)
                return
            }
            var directory = out
            while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
            for schema in schemas {
                try AtomicFile.write(schema.text, to: directory + "/" + schema.name, within: directory)
            }
            Terminal.writeError("schema: wrote \(schemas.count) file\(schemas.count == 1 ? "" : "s") to \(directory)\n")
        }
    }
}
