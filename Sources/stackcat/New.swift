import StackcatIO
import CatalogLayout
import ArgumentParser
import StackcatCore

extension Stackcat {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Add a skeleton tool or stack to the catalog.",
            discussion: """
            Writes tools/ID.yaml or stacks/ID.yaml in the catalog (found as for every command, but never \
            the built-in one) with every key commented; the file passes 'stackcat validate'. Values that \
            the options do not give are stand-ins marked '# replace:'. Prints the new file's path.
            """,
            subcommands: [NewTool.self, NewStack.self]
        )
    }

    struct NewTool: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tool", abstract: "Add tools/ID.yaml.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The tool's id: lower-case kebab-case, at most 64 characters.")
        var id: String

        @Option(name: .long, help: "Its primary category (an id from categories.yaml).")
        var category: String

        @Option(name: .long, help: "Its name (default: from the id).")
        var name: String?

        @Option(name: .long, help: "One line on what it is and does.")
        var summary: String?

        @Option(name: .long, help: "Its homepage (an http(s) URL).")
        var homepage: String?

        @Option(name: .long, help: "Its SPDX licence id or expression, or Proprietary.")
        var license: String?

        @Option(name: .customLong("source"), help: "A page its facts come from (repeatable).")
        var sources: [String] = []

        func run() throws {
            let target = try NewFile.catalog(catalogOptions)
            var options = NewEntry.ToolOptions()
            options.name = name
            options.summary = summary
            options.homepage = homepage
            options.license = license
            options.sources = sources
            do {
                try NewEntry.checkID(id, kind: "tool")
                try NewEntry.checkUnused(id, in: target.catalog, fileNames: target.fileNames)
                let draft = try NewEntry.tool(id: id, category: category, options: options, in: target.catalog)
                let contents = EntryTemplate.tool(draft)
                try NewEntry.checkAlone(contents, relativePath: CatalogLayout.path(forTool: id))
                try NewFile.write(contents, to: CatalogLayout.path(forTool: id), in: target, stillToFill: draft.replace.keys.sorted())
            } catch {
                throw NewFile.fail(error)
            }
        }
    }

    struct NewStack: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stack", abstract: "Add stacks/ID.yaml.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The stack's id: lower-case kebab-case, at most 64 characters.")
        var id: String

        @Option(name: .long, help: "Its name (default: from the id).")
        var name: String?

        @Option(name: .long, help: "One line on what the stack is for.")
        var summary: String?

        @Option(name: .customLong("tool"), help: "A catalog tool it uses (repeatable).")
        var tools: [String] = []

        @Option(name: .customLong("source"), help: "A page its description comes from (repeatable).")
        var sources: [String] = []

        func run() throws {
            let target = try NewFile.catalog(catalogOptions)
            var options = NewEntry.StackOptions()
            options.name = name
            options.summary = summary
            options.tools = tools
            options.sources = sources
            let date = CalendarDate.iso(secondsSince1970: try FileWriting.secondsSince1970())
            do {
                try NewEntry.checkID(id, kind: "stack")
                try NewEntry.checkUnused(id, in: target.catalog, fileNames: target.fileNames)
                let draft = try NewEntry.stack(id: id, options: options, date: date, in: target.catalog)
                let contents = EntryTemplate.stack(draft)
                try NewEntry.checkAlone(contents, relativePath: CatalogLayout.path(forStack: id))
                try NewFile.write(contents, to: CatalogLayout.path(forStack: id), in: target, stillToFill: draft.replace.keys.sorted())
            } catch {
                throw NewFile.fail(error)
            }
        }
    }
}

/// What `new tool` and `new stack` share: the catalog directory they add to, and the writing.
enum NewFile {
    struct Target {
        var path: String
        var display: String
        var catalog: Catalog
        /// `tools/x.yaml`, `stacks/y.yml`: every name in those directories.
        var fileNames: [String]
    }

    /// The catalog in use, which must be a directory: the built-in one cannot be added to.
    static func catalog(_ options: CatalogOptions) throws -> Target {
        switch options.origin() {
        case .builtIn:
            throw IOFailure("no catalog directory found (no --catalog, $STACKCAT_CATALOG, ./catalog or catalog/ above), "
                          + "and the built-in catalog cannot be changed; start one with 'stackcat init'")
        case .missing(let path):
            throw IOFailure("no catalog at \(path); start one with 'stackcat init \(path)'")
        case .directory(let path, let display):
            // References are checked against what the catalog holds now, errors and all.
            let catalog = options.check(from: .directory(path: path, display: display)).check.catalog
            let names = CatalogLayout.files(top: FileState.entries(of: path)) { FileState.entries(of: path + "/" + $0) }
            return Target(path: path, display: display, catalog: catalog, fileNames: names)
        }
    }

    static func write(_ contents: String, to relative: String, in target: Target, stillToFill: [String]) throws(NewEntry.Refusal) {
        let writer = FileWriting()
        do {
            try writer.createFile(contents, at: target.path + "/" + relative)
        } catch {
            writer.rollBack()
            throw NewEntry.Refusal(error.message)
        }
        let shown = (target.display.hasSuffix("/") ? target.display : target.display + "/") + relative
        if !stillToFill.isEmpty {
            Terminal.writeError("new: wrote \(shown); fill in \(stillToFill.joined(separator: ", ")) (marked '# replace:')\n")
        }
        Terminal.writeText(shown + "\n")
    }

    static func fail(_ error: any Error) -> Error {
        guard let refusal = error as? NewEntry.Refusal else { return error }
        Terminal.writeError("stackcat: error: \(TerminalText.sanitize(refusal.message))\n")
        if let note = refusal.note { Terminal.writeError("stackcat: note: \(TerminalText.sanitize(note))\n") }
        return ExitCode(1)
    }
}
