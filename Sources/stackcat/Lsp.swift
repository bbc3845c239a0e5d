import ArgumentParser
import StackcatCore
import StackcatIO

extension Stackcat {
    struct Lsp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the language server for catalog files (LSP 3.17 over standard input and output).",
            discussion: """
                An editor starts it and talks to it: diagnostics as you type (validate's rules, positions and \
                rule ids), completion, hover, go to definition, find references, symbols, rename and quick \
                fixes. The catalog is the workspace folder's catalog/ (or the folder itself when it holds \
                categories.yaml or tools/), else the one --catalog and the usual discovery find. What its \
                catalog.yaml includes is read as validate --offline reads it (git from the cache only). Documents \
                outside it are left alone. Messages are framed with Content-Length; one larger than \
                --max-message-size is refused with a protocol error and skipped.
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Flag(name: .long, help: "Accepted for editors that pass it; standard input and output are the only transport.")
        var stdio = false

        @Option(name: .customLong("max-message-size"), help: ArgumentHelp("The largest message body read, in bytes.", valueName: "bytes"))
        var maxMessageSize: Int = 64 << 20

        @Option(
            name: .customLong("max-age"),
            help: ArgumentHelp("As validate --max-age: warn about components, tools and stacks not reviewed within this many days.", valueName: "days"))
        var maxAge: Int?

        func validate() throws {
            if maxMessageSize < 1 { throw ValidationError("--max-message-size is a number of bytes, 1 or more") }
            if let maxAge, maxAge < 0 { throw ValidationError("--max-age takes a number of days, 0 or more") }
        }

        func run() throws {
            let limit = catalogOptions.catalogFileLimit
            let fallback: String? = {
                guard case .directory(let path, _) = catalogOptions.origin() else { return nil }
                return Self.absolute(path)
            }()
            let explicit = catalogOptions.catalog != nil
            // Today is taken once, when the server starts (SOURCE_DATE_EPOCH when set), as validate does per run.
            let reviewAge = try maxAge.map { ReviewAge(maxAge: $0, today: CalendarDate.iso(secondsSince1970: try FileWriting.secondsSince1970())) }
            let environment = LanguageServer.Environment(
                readCatalog: { [catalogOptions] directory, overrides in
                    let read = CatalogFiles.load(
                        directory: directory, displayPrefix: directory.hasSuffix("/") ? directory : directory + "/",
                        maxFileSize: limit)
                    // What catalog.yaml includes, gathered as validate gathers it; git from the cache only (as --offline).
                    guard
                        let included = catalogOptions.include(
                            files: read.files, directory: directory, only: nil, offline: true, absoluteDisplay: true, overrides: overrides)
                    else { return (read.files, read.problems, []) }
                    return (read.files + included.files, read.problems + included.problems, included.sources)
                },
                readFile: { root, relative in
                    // As the catalog is read: within the size limit, and no link out of the catalog.
                    guard let real = FileState.realPath(root) else { return nil }
                    return try? SystemCalls.readFile(real + "/" + relative, maxSize: limit, confinedTo: real).get()
                },
                locateCatalog: { folder in
                    // --catalog wins; else the folder's catalog/, else the folder if it is a catalog.
                    if explicit { return fallback }
                    if let folder {
                        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
                        if FileState.isDirectory(trimmed + "/catalog") { return trimmed + "/catalog" }
                        if FileState.kind(trimmed + "/categories.yaml") == .file || FileState.isDirectory(trimmed + "/tools") { return trimmed }
                    }
                    return fallback
                },
                reviewAge: reviewAge)
            let server = LanguageServer(environment: environment)
            var framer = MessageFramer(maxBodySize: maxMessageSize)
            func send(_ bodies: [String]) {
                for body in bodies { Console.write(MessageFramer.frame(body), to: Console.output) }
            }
            while true {
                guard let chunk = SystemCalls.readStandardInput(upTo: 1 << 16) else { throw ExitCode(1) }
                // The end of input without `exit`: the client is gone.
                if chunk.isEmpty { throw ExitCode(server.exitStatus ?? 1) }
                for event in framer.feed(chunk) {
                    switch event {
                    case .message(let body): send(server.handle(body))
                    case .framingError(let message): send(server.framingError(message))
                    }
                    if let status = server.exitStatus { throw ExitCode(status) }
                }
                // Diagnostics once for what this read brought, however many changes it held.
                send(server.flush())
            }
        }

        static func absolute(_ path: String) -> String {
            let joined = path.hasPrefix("/") ? path : FileState.currentDirectory() + "/" + path
            var parts: [Substring] = []
            for part in joined.split(separator: "/") {
                if part == "." { continue }
                if part == ".." {
                    if !parts.isEmpty { parts.removeLast() }
                    continue
                }
                parts.append(part)
            }
            return "/" + parts.joined(separator: "/")
        }
    }
}
