import ArgumentParser
import StackcatCore
import StackcatIO

/// The global `--catalog` option and the discovery order of DESIGN.md. The root command declares
/// this group too: ArgumentParser hands a subcommand the root's parsed value of the same group, and
/// the root picks `--catalog` up on either side of the subcommand's name (the later one wins).
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The catalog directory, given before or after the subcommand.",
            discussion: "Without it: $STACKCAT_CATALOG, else ./catalog, else the nearest ancestor's catalog/, else the built-in catalog.",
            valueName: "path"),
        completion: .directory)
    var catalog: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The largest file read, in bytes or with K, M or G (1024-based), from 1 to 4G.",
            discussion: "Default: 16M for catalog files and Markdown, 64M for import inputs. Larger files are reported and not read.",
            valueName: "size"))
    var maxFileSize: FileSizeLimit?

    /// The largest catalog file (or Markdown file for `docs --inject`) read.
    var catalogFileLimit: Int { maxFileSize?.bytes ?? 16 << 20 }

    /// The largest import input read (a real landscape.yml is about 1.4 MB).
    var inputFileLimit: Int { maxFileSize?.bytes ?? 64 << 20 }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Show at most this many diagnostics, in all and per file; 0 shows all.",
            discussion: "Default: 1,000 in all and 200 per file. The rest are counted in the summary.",
            valueName: "n"))
    var maxDiagnostics: Int?

    var diagnosticLimits: DiagnosticLimits { maxDiagnostics.map(DiagnosticLimits.atMost) ?? .standard }

    /// Hidden from usage lines, which ArgumentParser shortens to `<options>` past a width; the README
    /// documents it with `catalog.yaml`'s git includes.
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Read the git repositories that catalog.yaml includes from the cache only (.stackcat/cache/), never fetching.",
            discussion: "A repository or ref that is not in the cache is an error; run once without --offline to fill it.",
            visibility: .hidden))
    var offline = false

    func validate() throws {
        if let maxDiagnostics, maxDiagnostics < 0 { throw ValidationError("--max-diagnostics is a count, 0 for all") }
        if let maxFileSize, maxFileSize.bytes == nil {
            throw ValidationError(
                "--max-file-size takes a size from 1 to \(FileState.sizeText(ByteCount.maximum)) "
                    + "(bytes, or a number with K, M or G); '\(maxFileSize.argument)' is not one")
        }
    }

    /// For a command that reads no catalog: the root accepts `--catalog` anywhere on the command
    /// line, so without this it would be silently ignored.
    func refuse(in command: String, instead: String? = nil) throws {
        if catalog != nil {
            throw ValidationError("'\(command)' reads no catalog; leave out --catalog" + (instead.map { " (\($0))" } ?? ""))
        }
    }

    /// Where the catalog comes from, and how its paths are shown in messages.
    enum Origin: Equatable {
        case directory(path: String, display: String)
        case builtIn
        case missing(path: String)
    }

    /// How messages name this catalog: `catalog/`, `../../catalog/`, `the built-in catalog`.
    static func name(of origin: Origin) -> String {
        switch origin {
        case .directory(_, let path), .missing(let path):
            return TerminalText.sanitize(path.hasSuffix("/") ? path : path + "/")
        case .builtIn:
            return Diagnostics.builtInCatalogName
        }
    }

    /// For `validate` and `docs`, whose job is to check a catalog: says on standard error when the
    /// built-in one is read only because no other was found. Other commands stay quiet about it.
    static func noteFallback(_ origin: Origin) {
        if origin == .builtIn { Terminal.writeError("stackcat: note: \(Diagnostics.builtInCatalogFallback)\n") }
    }

    /// The start of a command line that reads the same catalog again, for "run '...'" hints.
    var command: String {
        catalog.map { "stackcat --catalog \(TerminalText.sanitize($0))" } ?? "stackcat"
    }

    func origin() -> Origin {
        if let catalog {
            return FileState.isDirectory(catalog) ? .directory(path: catalog, display: catalog) : .missing(path: catalog)
        }
        if let fromEnvironment = Terminal.variable("STACKCAT_CATALOG"), !fromEnvironment.isEmpty {
            return FileState.isDirectory(fromEnvironment)
                ? .directory(path: fromEnvironment, display: fromEnvironment) : .missing(path: fromEnvironment)
        }
        if FileState.isDirectory("catalog") { return .directory(path: "catalog", display: "catalog") }
        var directory = FileState.currentDirectory()
        var up = ""
        while let slash = directory.lastIndex(of: "/"), directory != "/" {
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
            up += "../"
            let candidate = (directory == "/" ? "" : directory) + "/catalog"
            if FileState.isDirectory(candidate) { return .directory(path: candidate, display: up + "catalog") }
        }
        return .builtIn
    }

    /// Loads and validates the catalog. Returns it with every diagnostic and the texts for snippets.
    /// With `keepingTexts`, the files read stay in memory until exit (freeing them file by file costs
    /// time at the end of a quick command); `docs`, which holds pages as well, lets them go.
    /// `reading` is given every file the catalog is made of, once all are read (not for the built-in
    /// catalog when it was compiled in): `docs` digests them for its stamp.
    func check(
        from origin: Origin? = nil, keepingTexts: Bool = true, reviewAge: ReviewAge? = nil, only: String? = nil,
        reading: ([CatalogFile]) -> Void = { _ in }
    ) -> (check: CatalogCheck, sources: [String: SourceText]) {
        var files: [CatalogFile]
        var problems: [Diagnostic] = []
        var vocabularyPath: String?
        var extraSources: [SourceText] = []
        var federation: CatalogFederation?
        let origin = origin ?? self.origin()
        switch origin {
        case .builtIn:
            if let catalog = CatalogFiles.builtInCatalog() {
                // Loaded and checked at build time: only the texts of files with a diagnostic are needed.
                let check = CatalogCheck(checked: catalog, reviewAge: reviewAge, limits: diagnosticLimits)
                FastExit.keep(check.catalog)
                return (check, check.diagnostics.isEmpty ? [:] : check.snippetSources(from: CatalogFiles.builtIn()))
            }
            files = CatalogFiles.builtIn()
        case .directory(let path, let display):
            let prefix = display.hasSuffix("/") ? display : display + "/"
            let read = CatalogFiles.load(directory: path, displayPrefix: prefix, maxFileSize: catalogFileLimit)
            files = read.files
            problems = read.problems
            vocabularyPath = display
            if let included = include(files: files, directory: path, only: only) {
                files += included.files
                problems += included.problems
                extraSources = included.sources
                federation = included
            }
        case .missing(let path):
            files = []
            let existing: String?
            switch FileState.kind(following: path) {
            case .file: existing = "a file"
            case .other: existing = "a device, FIFO or socket"
            case .missing where FileState.kind(path) == .symlink: existing = "a dangling symbolic link"
            default: existing = nil
            }
            problems = [
                existing == nil && path.unicodeScalars.contains("\u{FFFD}")
                    ? Diagnostics.catalogNameNotUTF8(path) : Diagnostics.missingCatalog(path, existing: existing)
            ]
        }
        reading(files)
        var check = CatalogCheck(
            files: files, extraDiagnostics: problems, requireVocabularies: vocabularyPath, reviewAge: reviewAge,
            limits: only == nil ? diagnosticLimits : .unlimited)
        check.add(CatalogLogoFiles.check(check.catalog, origin: origin).diagnostics)
        if let only, let federation { check.keepOnly(federation.onlyPaths(only), limits: diagnosticLimits) }
        if keepingTexts { FastExit.keep(files) }
        FastExit.keep(check.catalog)
        var sources = check.snippetSources(from: files)
        for text in extraSources where sources[text.path] == nil && check.diagnostics.contains(where: { $0.location?.path == text.path }) {
            sources[text.path] = text
        }
        return (check, sources)
    }

    /// What the catalog's `catalog.yaml` includes (nil without one, or without includes and `only`).
    /// The language server asks for the cache only (`offline`) and absolute display paths, and passes
    /// its unsaved Backstage entity files (`overrides`).
    func include(
        files: [CatalogFile], directory: String, only: String?, offline: Bool? = nil, absoluteDisplay: Bool = false,
        overrides: [String: [UInt8]] = [:]
    ) -> CatalogFederation? {
        let settings = files.first { $0.kind == .settings && !$0.relativePath.contains("/") }.flatMap { CatalogLoader.settings($0) }
        guard (settings.map { !$0.includes.isEmpty } ?? false) || only != nil,
            var federation = CatalogFederation(
                catalogDirectory: directory, offline: offline ?? self.offline, maxFileSize: catalogFileLimit, absoluteDisplay: absoluteDisplay)
        else { return nil }
        federation.overrides = overrides
        if let settings { federation.read(settings, rootFiles: files) }
        if let only { federation.addOnly(only, rootFiles: files, catalogDirectory: directory) }
        return federation
    }

    /// The catalog for a command that needs a sound one: on errors, prints them and exits 1.
    /// - Parameter publishing: the command, for those that publish the catalog (`docs`, `site`,
    ///   `export`): they print the stand-ins that `new` wrote (`placeholder`) rather than pass them on silently.
    /// - Parameter reading: as for `check`.
    func load(
        from origin: Origin? = nil, keepingTexts: Bool = true, publishing: String? = nil, reading: ([CatalogFile]) -> Void = { _ in }
    ) throws -> Catalog {
        let (check, sources) = check(from: origin, keepingTexts: keepingTexts, reading: reading)
        if let command = publishing {
            let standIns = check.diagnostics.filter { $0.rule == .placeholder }
            if !standIns.isEmpty {
                let format = DiagnosticTextFormat(color: Terminal.colorEnabled(2))
                Terminal.writeError(format.render(standIns, sources: sources))
                Terminal.writeError(
                    "stackcat: warning: \(command) publishes \(standIns.count) stand-in\(standIns.count == 1 ? "" : "s") that 'stackcat new' wrote; "
                        + "replace \(standIns.count == 1 ? "it" : "them") ('validate --strict' fails until then)\n")
            }
        }
        guard check.errorCount == 0 else {
            let format = DiagnosticTextFormat(color: Terminal.colorEnabled(2))
            Terminal.writeError(format.render(check.diagnostics.filter { $0.severity == .error }, sources: sources))
            if let omitted = DiagnosticTextFormat.omitted(check.omittedErrors) { Terminal.writeError(omitted + "\n") }
            Terminal.writeError("stackcat: the catalog has \(check.errorCount) error\(check.errorCount == 1 ? "" : "s"); run 'stackcat validate' for details\n")
            throw ExitCode(1)
        }
        return check.catalog
    }
}

/// Reports an unknown id (exit 1) with its "did you mean".
func fail(_ error: UnknownIDError) -> ExitCode {
    Terminal.writeError("stackcat: error: \(TerminalText.sanitize(error.message))\n")
    if let note = error.note { Terminal.writeError("stackcat: note: \(note)\n") }
    return ExitCode(1)
}

/// `--max-file-size`: bytes, or a number with K, M or G (see `ByteCount`). Any argument is taken, so
/// that `CatalogOptions.validate` can say what the allowed range is; `bytes` is nil outside it.
struct FileSizeLimit: ExpressibleByArgument {
    var argument: String
    var bytes: Int?

    init(argument: String) {
        self.argument = argument
        bytes = ByteCount.parse(argument).flatMap { (1...ByteCount.maximum).contains($0) ? $0 : nil }
    }
}
