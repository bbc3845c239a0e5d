import ArgumentParser
import StackcatCore
import StackcatIO

extension IDKind: ExpressibleByArgument {}

extension Stackcat {
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename an id: its declaration, every reference to it and, for a tool or stack, its file.",
            discussion: """
                Only the bytes of the id change: comments, key order, quoting and line endings stay as they \
                were. Each file is replaced whole (a temporary file renamed into place), and tools/OLD.yaml \
                becomes tools/NEW.yaml. Refused when NEW is taken or not a valid id, or when OLD names several \
                kinds and --kind does not say which. --dry-run prints the edits and writes nothing. \
                --keep-alias adds OLD to a renamed tool's aliases, so that searches for it still find the tool.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Argument(help: "The id to rename.")
        var old: String

        @Argument(help: "The new id.")
        var new: String

        @Option(
            name: .long, help: ArgumentHelp("The kind of id, when OLD names more than one: tool, stack, team, category, role, relation.", valueName: "kind"))
        var kind: IDKind?

        @Flag(name: .customLong("dry-run"), help: "Print the edits; write nothing.")
        var dryRun = false

        @Flag(name: .customLong("keep-alias"), help: "Keep OLD among the renamed tool's aliases.")
        var keepAlias = false

        func run() throws {
            let origin = catalogOptions.origin()
            let directory: String
            let display: String
            switch origin {
            case .directory(let path, let shown):
                directory = path
                display = shown.hasSuffix("/") ? shown : shown + "/"
            case .builtIn: throw ValidationError("rename edits a catalog's files, and the built-in catalog has none; pass --catalog DIR")
            case .missing(let path): throw ValidationError("there is no catalog directory at \(path)")
            }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            let read = CatalogFiles.load(directory: directory, displayPrefix: display, maxFileSize: catalogOptions.catalogFileLimit)
            for problem in read.problems {
                Terminal.writeError("stackcat: warning: \(problem.message)\n")
            }
            let index = CatalogIndex(files: read.files)
            let plan: RenamePlan
            do {
                plan = try RenamePlan.make(kind: kind, old: old, new: new, files: read.files, index: index, keepAlias: keepAlias)
            } catch {
                Terminal.writeError("stackcat: error: \(error.message)\n")
                throw ExitCode(1)
            }
            let byPath = Dictionary(read.files.map { ($0.relativePath, $0) }, uniquingKeysWith: { a, _ in a })
            var report = ""
            var editCount = 0
            for path in plan.editedPaths {
                guard let file = byPath[path] else { continue }
                for edit in plan.edits[path]! {
                    let at = file.text.position(ofOffset: edit.bytes.lowerBound)
                    let oldText = String(decoding: file.text.bytes[edit.bytes], as: UTF8.self)
                    report +=
                        edit.bytes.isEmpty
                        ? "\(display)\(path):\(at.line):\(at.column): insert '\(edit.newText.replacing("\r", with: "").replacing("\n", with: "\\n"))'\n"
                        : "\(display)\(path):\(at.line):\(at.column): '\(oldText)' -> '\(edit.newText)'\n"
                    editCount += 1
                }
            }
            if let (from, to) = plan.fileRename { report += "rename \(display)\(from) -> \(display)\(to)\n" }
            if dryRun {
                Terminal.writeText(report)
                Terminal.writeError(
                    "stackcat: would rename the \(plan.kind.noun) '\(old)' to '\(new)': \(editCount) edit\(editCount == 1 ? "" : "s") in \(plan.edits.count) file\(plan.edits.count == 1 ? "" : "s") (dry run: nothing written)\n"
                )
                return
            }
            // Two renames of one catalog exclude each other; a file changed since it was read is not overwritten.
            let lock = try DirectoryLock(beside: directory, command: "rename", directory: directory)
            defer { lock.release() }
            if let (_, to) = plan.fileRename, FileState.kind(prefix + to) != .missing {
                throw IOFailure("\(display)\(to) already exists; nothing was changed")
            }
            for path in plan.editedPaths where (try? FileState.read(prefix + path, limit: catalogOptions.catalogFileLimit).get()) != byPath[path]?.text.bytes {
                throw IOFailure("\(display)\(path) changed while rename read the catalog; nothing was changed, run it again")
            }
            // Each file is replaced whole; the renamed file last, once its contents are right.
            for path in plan.editedPaths {
                guard let file = byPath[path] else { continue }
                let bytes = plan.apply(to: file.text.bytes, path: path)
                if let error = AtomicFile.writeFile(bytes, to: prefix + path) { throw IOFailure(error) }
            }
            if let (from, to) = plan.fileRename, let failure = SystemCalls.rename(prefix + from, to: prefix + to) {
                throw IOFailure("cannot rename \(display)\(from) to \(display)\(to): \(failure.message)")
            }
            Terminal.writeText(report)
            Terminal.writeError(
                "stackcat: renamed the \(plan.kind.noun) '\(old)' to '\(new)': \(editCount) edit\(editCount == 1 ? "" : "s") in \(plan.edits.count) file\(plan.edits.count == 1 ? "" : "s")\n"
            )
        }
    }
}
