import ArgumentParser
import CatalogLayout
import StackcatCore
import StackcatIO

extension Stackcat {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Add a skeleton tool, stack or team to the catalog.",
            discussion: """
                Writes tools/ID.yaml or stacks/ID.yaml in the catalog (found as for every command, but never \
                the built-in one) with every key commented, or adds an entry to teams.yaml (keeping what the \
                file holds). Ids, categories, teams, rings and licences on the command line are checked at \
                once, with "did you mean". Values that the options do not give are stand-ins marked \
                '# replace:': 'validate' warns about each (rule placeholder) and 'validate --strict' fails \
                until they are replaced. Prints the new file's path.
                Example: stackcat new tool payments-api --category api-gateway --hosting in-house --owner payments
                """,
            subcommands: [NewTool.self, NewStack.self, NewTeam.self]
        )
    }

    struct NewTool: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tool", abstract: "Add tools/ID.yaml.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The tool's id: lower-case kebab-case, at most 64 characters.")
        var id: String

        @Option(name: .long, help: "Its primary category (an id from categories.yaml; required).")
        var category: String?

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

        @Option(
            name: .long,
            help: ArgumentHelp(
                "How it is run: \(Hosting.allCases.map(\.rawValue).joined(separator: ", ")) (default: self-hosted, to check).",
                valueName: "hosting"))
        var hosting: String?

        @Option(name: .long, help: ArgumentHelp("The team that owns it (an id from teams.yaml); required with --hosting in-house.", valueName: "team"))
        var owner: String?

        @Option(name: .long, help: ArgumentHelp("The day its facts were checked, YYYY-MM-DD (default: today).", valueName: "date"))
        var reviewed: String?

        func run() throws {
            guard let category else {
                throw ValidationError("new tool needs its primary category: --category C ('stackcat categories' lists the ids)")
            }
            let target = try NewFile.catalog(catalogOptions)
            var options = NewEntry.ToolOptions()
            options.name = name
            options.summary = summary
            options.homepage = homepage
            options.license = license
            options.sources = sources
            options.hosting = hosting
            options.owner = owner
            let today = CalendarDate.iso(secondsSince1970: try FileWriting.secondsSince1970())
            options.reviewed = reviewed ?? today
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

        @Option(
            name: .customLong("component"),
            help: ArgumentHelp(
                "A catalog tool it uses, with its radar ring: ID or ID=RING, RING one of \(Ring.allCases.map(\.rawValue).joined(separator: ", ")) (default adopt; repeatable).",
                valueName: "id[=ring]"))
        var components: [String] = []

        @Option(name: .customLong("tool"), help: ArgumentHelp("As --component (repeatable).", valueName: "id[=ring]"))
        var tools: [String] = []

        @Option(name: .long, help: ArgumentHelp("The team that owns its components (an id from teams.yaml), written on each.", valueName: "team"))
        var owner: String?

        @Option(name: .long, help: ArgumentHelp("The day its rings were reviewed, YYYY-MM-DD (default: today).", valueName: "date"))
        var reviewed: String?

        @Option(name: .customLong("source"), help: "A page its description comes from (repeatable).")
        var sources: [String] = []

        func run() throws {
            let target = try NewFile.catalog(catalogOptions)
            var options = NewEntry.StackOptions()
            options.name = name
            options.summary = summary
            options.tools = components + tools
            options.sources = sources
            options.owner = owner
            options.reviewed = reviewed
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

extension Stackcat {
    struct NewTeam: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "team", abstract: "Add a team to teams.yaml (made when there is none).",
            discussion: """
                Appends the entry to the catalog's teams.yaml and keeps every byte the file had, comments \
                included; the file is replaced in one step, never left half written. \
                Example: stackcat new team payments --name "Payments" --contact payments@example.com --parent platform
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The team's id: lower-case kebab-case, at most 64 characters.")
        var id: String

        @Option(name: .long, help: "Its name.")
        var name: String

        @Option(name: .long, help: "One sentence on what it does.")
        var description: String?

        @Option(name: .long, help: ArgumentHelp("How to reach it: an email address or an http(s) URL.", valueName: "contact"))
        var contact: String?

        @Option(name: .long, help: ArgumentHelp("The team it is part of (an id from teams.yaml).", valueName: "team"))
        var parent: String?

        func run() throws {
            let target = try NewFile.catalog(catalogOptions)
            var options = NewEntry.TeamOptions(name: name)
            options.description = description
            options.contact = contact
            options.parent = parent
            do {
                let draft = try NewEntry.team(id: id, options: options, in: target.catalog)
                try NewFile.addTeam(draft, in: target)
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
            throw IOFailure(
                "no catalog directory found (no --catalog, $STACKCAT_CATALOG, ./catalog or catalog/ above), "
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

    /// Adds the team to the catalog's teams file: under the lock beside it, the file read again must
    /// be the one the entry was checked against, and its replacement is renamed into place.
    static func addTeam(_ draft: TeamDraft, in target: Target) throws {
        let top = FileState.entries(of: target.path)
        let name = top.first { CatalogLayout.kind(of: $0) == .teams } ?? CatalogLayout.path(forVocabulary: .teams)!
        let path = target.path + "/" + name
        let shown = (target.display.hasSuffix("/") ? target.display : target.display + "/") + name
        let limit = 16 << 20
        switch FileState.kind(path) {
        case .missing:
            let contents = try NewEntry.teamsFile(adding: draft, to: nil, relativePath: name)
            let writer = FileWriting()
            do {
                try writer.createFile(String(decoding: contents, as: UTF8.self), at: path)
            } catch {
                writer.rollBack()
                throw NewEntry.Refusal(error.message)
            }
        case .file:
            let lock = try DirectoryLock(beside: path, command: "new", directory: shown)
            defer { lock.release() }
            let existing = try FileState.read(path, limit: limit, flag: "--max-file-size")
            let contents = try NewEntry.teamsFile(adding: draft, to: existing, relativePath: name)
            if let error = AtomicFile.writeFile(contents, to: path) { throw NewEntry.Refusal(error) }
        default:
            throw NewEntry.Refusal("\(shown) is not a regular file", note: "stackcat adds teams only to a plain teams.yaml")
        }
        Terminal.writeError("new: added team '\(draft.id)' to \(shown)\n")
        Terminal.writeText(shown + "\n")
    }

    static func fail(_ error: any Error) -> Error {
        guard let refusal = error as? NewEntry.Refusal else { return error }
        Terminal.writeError("stackcat: error: \(TerminalText.sanitize(refusal.message))\n")
        if let note = refusal.note { Terminal.writeError("stackcat: note: \(TerminalText.sanitize(note))\n") }
        return ExitCode(1)
    }
}
