import ArgumentParser
import CatalogLayout
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Start a catalog: vocabularies, an example tool and stack, and the JSON Schemas.",
            discussion: """
                Writes DIR/categories.yaml, roles.yaml and relations.yaml (stackcat's built-in vocabularies, \
                commented), tools/\(CatalogScaffold.exampleToolID).yaml and stacks/\(CatalogScaffold.exampleStackID).yaml \
                as examples, and the JSON Schemas into DIR/\(CatalogSchemas.directory)/, which every file's \
                '# yaml-language-server: $schema=' line points at. Refuses a DIR that holds a catalog already. \
                With --ci github, also writes \(CatalogScaffold.workflowPath) in the current directory (run init \
                from the repository root); it checks the catalog with the stackcat GitHub Action. Where DIR holds \
                a catalog already, --ci github writes the workflow alone. Without --action-repo, the workflow's \
                'uses:' line names \(CatalogScaffold.placeholderActionRepository): replace OWNER with the account \
                that hosts the stackcat you use.
                """
        )

        @Argument(help: ArgumentHelp("The directory to create the catalog in.", valueName: "dir"), completion: .directory)
        var directory = "catalog"

        /// Refused: init takes the directory to create as its argument.
        @OptionGroup(visibility: .private) var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("Also write a CI configuration: github.", valueName: "system"))
        var ci: CISystem?

        @Option(
            name: .customLong("action-repo"),
            help: ArgumentHelp(
                "The GitHub repository of the stackcat Action that the workflow uses (default: \(CatalogScaffold.placeholderActionRepository), OWNER to replace).",
                valueName: "owner/name"))
        var actionRepository: String?

        enum CISystem: String, ExpressibleByArgument, CaseIterable {
            case github
        }

        func validate() throws {
            try catalogOptions.refuse(in: "init", instead: "give the directory to create as its argument: stackcat init DIR")
            if let actionRepository {
                let parts = actionRepository.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) } })
                else {
                    throw ValidationError("--action-repo must be OWNER/NAME, as in acme/stackcat")
                }
            }
            if ci != nil, workflowCatalogPath == nil {
                throw ValidationError("with --ci github, run init from the repository root and give a directory inside it")
            }
        }

        /// The catalog directory without trailing slashes.
        var target: String {
            var path = directory
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            return path
        }

        /// The catalog's path relative to the current directory (the repository root), for the workflow.
        var workflowCatalogPath: String? {
            var path = target
            if path.hasPrefix("/") {
                let here = FileState.currentDirectory()
                guard path.hasPrefix(here + "/") else { return nil }
                path.removeFirst(here.count + 1)
            }
            let parts = path.split(separator: "/").filter { $0 != "." }
            guard !parts.isEmpty, !parts.contains("..") else { return nil }
            return parts.joined(separator: "/")
        }

        func run() throws {
            // An existing catalog gets the workflow alone: CI for a catalog made before, or by hand.
            if ci != nil, try !existingCatalogFiles().isEmpty {
                return try writeWorkflowAlone()
            }
            try refuseExistingCatalog()
            let date = CalendarDate.iso(secondsSince1970: try FileWriting.secondsSince1970())
            let files = CatalogScaffold.catalogFiles(
                builtIn: CatalogFiles.builtIn(), schemas: CatalogSchemas.schemas(embedded: BuiltinCatalog.schemas), date: date)
            let workflow = try workflowText()
            let writer = FileWriting()
            do {
                if let workflow { try writer.createFile(workflow, at: CatalogScaffold.workflowPath) }
            } catch {
                writer.rollBack()
                throw IOFailure(error.message)
            }
            do {
                try write(files)
            } catch {
                writer.rollBack()
                throw error
            }
            Terminal.writeError("init: wrote \(files.count) files to \(target)\(workflow == nil ? "" : " and " + CatalogScaffold.workflowPath)\n")
            Terminal.writeText(nextSteps(workflowWritten: workflow != nil))
        }

        /// The workflow that --ci asks for, nil without --ci; refused where one exists already.
        func workflowText() throws -> String? {
            guard ci == .github, let catalogPath = workflowCatalogPath else { return nil }
            if case .missing = FileState.kind(CatalogScaffold.workflowPath) {
            } else {
                throw IOFailure("\(CatalogScaffold.workflowPath) exists already; move it away or leave out --ci")
            }
            return CatalogScaffold.githubWorkflow(
                catalogPath: catalogPath, actionRepository: actionRepository,
                version: Stackcat.configuration.version)
        }

        /// `init --ci github` where the catalog exists: the workflow, and nothing in the catalog.
        func writeWorkflowAlone() throws {
            guard let workflow = try workflowText() else { return }
            let writer = FileWriting()
            do {
                try writer.createFile(workflow, at: CatalogScaffold.workflowPath)
            } catch {
                writer.rollBack()
                throw IOFailure(error.message)
            }
            Terminal.writeError("init: \(target) holds a catalog already; wrote \(CatalogScaffold.workflowPath) only\n")
            Terminal.writeText(workflowNote())
        }

        /// What the workflow runs, and the value to fill in when --action-repo was not given.
        func workflowNote() -> String {
            let repository = actionRepository ?? CatalogScaffold.placeholderActionRepository
            var text = "\(CatalogScaffold.workflowPath) runs 'validate --strict' with \(repository)@v\(Stackcat.configuration.version) on every push.\n"
            if actionRepository == nil {
                text += "Replace OWNER in its 'uses:' line with the account that hosts the stackcat you use (or give --action-repo OWNER/NAME).\n"
            }
            return text
        }

        /// The catalog files found in the target: the vocabularies, and the first tool and the first
        /// stack (enough to show what is there); empty when there is no such directory. Anything but a
        /// directory is in the way.
        func existingCatalogFiles() throws -> [String] {
            switch FileState.kind(target) {
            case .missing: return []
            case .directory: break
            case .symlink where FileState.isDirectory(target): break
            default: throw IOFailure("\(target) exists and is not a directory")
            }
            var seenDirectories: Set<Substring> = []
            return CatalogLayout.files(top: FileState.entries(of: target)) { FileState.entries(of: target + "/" + $0) }
                .filter { path in
                    switch CatalogLayout.kind(of: path) {
                    case .unexpected: return false
                    case .tool, .stack: return seenDirectories.insert(path.split(separator: "/")[0]).inserted
                    case .categories, .roles, .relations, .teams, .settings: return true
                    }
                }
        }

        /// A directory that holds a vocabulary file or YAML in tools/ or stacks/ is a catalog; anything but
        /// a directory is in the way; so is any file init would write.
        func refuseExistingCatalog() throws {
            let found = try existingCatalogFiles()
            if !found.isEmpty {
                throw IOFailure(
                    "\(target) holds a catalog already (\(found.joined(separator: ", "))); "
                        + "add to it with 'stackcat new tool ID --category C --catalog \(target)', or choose another directory"
                        + " (with --ci github, init writes the workflow alone)")
            }
            if case .directory = FileState.kind(target + "/" + CatalogSchemas.directory) {
                throw IOFailure(
                    "\(target)/\(CatalogSchemas.directory) exists already; to refresh the schemas, run 'stackcat schema --out \(target)/\(CatalogSchemas.directory)'"
                )
            }
        }

        /// Through the one directory writer of every command (`StagedDirectory`): under the directory's
        /// lock, a new directory is built beside its place and renamed into it, so the catalog appears whole
        /// or not at all; a directory with other things in it (a README, .git) is updated in place, and
        /// those things stay where they are.
        func write(_ files: [CatalogScaffold.File]) throws {
            let directory = try StagedDirectory(path: target, command: "init") { Terminal.writeError($0) }
            let batched = BatchedFiles(paths: files.map(\.path)) { indices in indices.map { files[$0].contents } }
            try directory.locked {
                // Checked again under the lock: another run may have made a catalog meanwhile.
                try refuseExistingCatalog()
                try refuseObstacles(files)
                if directory.exists {
                    try directory.update(try DirectoryTree(walking: directory.target), files: batched, changed: Array(files.indices), extras: [])
                } else {
                    try directory.create(batched)
                }
            }
        }

        /// Anything but a directory where a file's directory goes (a file called `.schema`) is in the way.
        func refuseObstacles(_ files: [CatalogScaffold.File]) throws {
            var checked: Set<String> = []
            for file in files {
                var directory = target
                for component in file.path.split(separator: "/").dropLast() {
                    directory += "/" + component
                    guard checked.insert(directory).inserted else { continue }
                    switch FileState.kind(directory) {
                    case .missing, .directory: continue
                    case .symlink where FileState.isDirectory(directory): continue
                    default: throw IOFailure("\(directory) is in the way: it is not a directory")
                    }
                }
            }
        }

        func nextSteps(workflowWritten: Bool) -> String {
            // After the subcommand, where every version of stackcat takes --catalog.
            let catalog = target == "catalog" ? "" : " --catalog \(target)"
            func line(_ command: String, _ what: String) -> String {
                let text = "  stackcat " + command
                return text + String(repeating: " ", count: max(1, 48 - text.count)) + what + "\n"
            }
            var text = "Next steps:\n"
            text += line("validate --strict\(catalog)", "check the catalog; run it after every change")
            text += line("list\(catalog)", "the tools; then 'show \(CatalogScaffold.exampleToolID)', 'graph --stack \(CatalogScaffold.exampleStackID)'")
            text += line("new tool ID --category C\(catalog)", "add a tool ('categories' lists the ids)")
            text += line("new team ID --name N\(catalog)", "add a team that owns tools (teams.yaml)")
            text += line("new stack ID --component ID=RING\(catalog)", "add a stack of the catalog's tools")
            text += line("docs --out docs/catalog\(catalog)", "Markdown pages for the tools, categories and stacks")
            text += """
                Edit \(target)/categories.yaml, roles.yaml and relations.yaml to fit your organisation, and replace the
                examples (\(target)/tools/\(CatalogScaffold.exampleToolID).yaml, \(target)/stacks/\(CatalogScaffold.exampleStackID).yaml) with your own.
                Editors with the YAML language server check each file against \(target)/\(CatalogSchemas.directory)/ as you type.

                """
            if workflowWritten { text += workflowNote() }
            return text
        }
    }
}
