import CatalogLayout
import StackcatCore
import StackcatIO

/// Reads what a catalog's `catalog.yaml` includes: fragment directories of the repository, Backstage
/// entity files read in place, and fragment directories of git repositories at a pinned ref (through
/// the cache, `.stackcat/cache/`). Paths and globs are relative to the repository that holds the
/// catalog (the nearest directory above it with `.git`, else the catalog directory itself) and never
/// leave it. Every file keeps the path the user knows as its display path
/// (`services/payments/stackcat/tools/ledger.yaml`, `git:URL@ref:path/tools/x.yaml`), so that the
/// loader and the validator, which see one merged catalog, name it in every message.
struct CatalogFederation {
    /// The repository's resolved path, and the prefix that shows a path below it to the user.
    let root: String
    let rootDisplay: String
    /// The catalog directory's resolved path: an include that names it would read it twice.
    let catalogReal: String
    let offline: Bool
    let maxFileSize: Int

    var files: [CatalogFile] = []
    var problems: [Diagnostic] = []
    /// Display path → resolved path, for the files read from disk (`validate --only`).
    var realPaths: [String: String] = [:]
    /// Texts that diagnostics may quote but that are not catalog files (Backstage entity files).
    var sources: [SourceText] = []
    /// Unsaved texts of Backstage entity files, by display path, read in place of the files (the language server's buffers).
    var overrides: [String: [UInt8]] = [:]
    /// `git:URL@ref` → the commit it resolved to.
    var commits: [(include: String, commit: String)] = []

    /// With `absoluteDisplay`, files are shown by their absolute paths (the language server's, which
    /// turns them into URIs) rather than from the current directory.
    init?(catalogDirectory: String, offline: Bool, maxFileSize: Int, absoluteDisplay: Bool = false) {
        guard let real = FileState.realPath(catalogDirectory) else { return nil }
        catalogReal = real
        root = Self.repositoryRoot(ofCatalog: real)
        rootDisplay = absoluteDisplay ? (root == "/" ? "/" : root + "/") : Self.displayPrefix(of: root)
        self.offline = offline
        self.maxFileSize = maxFileSize
    }

    /// The repository that holds the catalog at `real` (a resolved path): the nearest directory at or
    /// above it with `.git`, else the catalog directory itself. Includes are relative to it, and its
    /// `.stackcat/cache/` holds the cache (`CacheDirectory`).
    static func repositoryRoot(ofCatalog real: String) -> String {
        var candidate = real
        while true {
            if FileState.kind(candidate + "/.git") != .missing { return candidate }
            guard let slash = candidate.lastIndex(of: "/"), candidate != "/" else { return real }
            candidate = slash == candidate.startIndex ? "/" : String(candidate[..<slash])
        }
    }

    /// How a path below `directory` is best shown from the current directory: `` (here),
    /// `sub/dir/`, `../../`, or the absolute path.
    static func displayPrefix(of directory: String) -> String {
        guard let here = FileState.realPath(".") else { return directory + "/" }
        if here == directory { return "" }
        if directory.hasPrefix(here == "/" ? "/" : here + "/") { return String(directory.dropFirst(here == "/" ? 1 : here.count + 1)) + "/" }
        if here.hasPrefix(directory == "/" ? "/" : directory + "/") {
            let depth = here.dropFirst(directory.count).split(separator: "/").count
            return String(repeating: "../", count: depth)
        }
        return directory == "/" ? "/" : directory + "/"
    }

    func location(_ settings: CatalogSettings, _ span: SourceSpan) -> SourceLocation {
        SourceLocation(path: settings.path, span: span)
    }

    /// Reads every include of `settings`, in the order listed.
    /// Backstage files come last, so that their owners can name the teams of every other part.
    mutating func read(_ settings: CatalogSettings, rootFiles: [CatalogFile]) {
        var fragments: Set<String> = [catalogReal]
        var backstage: [Located<String>] = []
        for include in settings.includes {
            switch include {
            case .fragments(let pattern):
                readFragments(pattern, settings: settings, seen: &fragments)
            case .backstage(let pattern):
                backstage.append(pattern)
            case .git(let git):
                readGit(git, settings: settings)
            }
        }
        if !backstage.isEmpty {
            let teamFiles = (rootFiles + files).filter { $0.kind == .teams }
            let teams = Set(CatalogLoader.load(teamFiles).catalog.teams.map(\.id.value))
            for pattern in backstage { readBackstage(pattern, settings: settings, knownTeams: teams) }
        }
        recordCommits()
    }

    // MARK: Globs

    /// What an include's glob matches inside the repository, or nil with its problem recorded: too many
    /// matches (`example` is the narrower glob the hint suggests), an unreadable repository, or none.
    mutating func matches(of pattern: Located<String>, at here: SourceLocation, directories: Bool, example: String) -> [String]? {
        let noun = directories ? "directories" : "files"
        switch ConfinedGlob.find(pattern.value, in: root, directories: directories, limit: CatalogSettings.matchLimit) {
        case .matches(let found):
            if found.isEmpty {
                problems.append(Diagnostics.emptyInclude(pattern.value, kind: directories ? "directory" : "file", at: here))
                return nil
            }
            return found
        case .tooMany(let limit):
            problems.append(
                Diagnostics.invalidInclude(
                    "'\(pattern.value)' matches more than \(limit) \(noun); none was read", at: here, hint: "narrow the glob, for instance \(example)"))
            return nil
        case .unreadableRoot:
            problems.append(Diagnostics.invalidInclude("cannot read the repository's directory \(root)", at: here))
            return nil
        }
    }

    // MARK: Fragment directories

    mutating func readFragments(_ pattern: Located<String>, settings: CatalogSettings, seen: inout Set<String>) {
        let here = location(settings, pattern.span)
        guard
            let directories = matches(
                of: pattern, at: here, directories: true, example: "'services/*/stackcat/' rather than '**/'")
        else { return }
        for directory in directories {
            let absolute = directory.isEmpty ? root : root + "/" + directory
            guard let real = FileState.realPath(absolute) else { continue }
            if real == catalogReal || catalogReal.hasPrefix(real + "/") {
                problems.append(
                    Diagnostics.invalidInclude(
                        "'\(pattern.value)' includes the catalog itself ('\(rootDisplay + directory)'), which would read every entry twice", at: here,
                        hint: "include only the fragment directories, such as 'services/*/stackcat/'"))
                continue
            }
            // Two globs that match one directory read it once.
            guard seen.insert(real).inserted else { continue }
            let display = rootDisplay + (directory.isEmpty ? "" : directory + "/")
            let read = CatalogFiles.load(directory: absolute, displayPrefix: display, maxFileSize: maxFileSize)
            problems += read.problems
            for var file in read.files {
                if !file.kind.belongsInFragment && file.kind != .unexpected {
                    problems.append(Diagnostics.notInFragment(file.text.path))
                    continue
                }
                file.origin = display
                realPaths[file.text.path] = real + "/" + file.relativePath
                files.append(file)
            }
        }
    }

    // MARK: Backstage entity files

    mutating func readBackstage(_ pattern: Located<String>, settings: CatalogSettings, knownTeams: Set<String>) {
        let here = location(settings, pattern.span)
        guard let paths = matches(of: pattern, at: here, directories: false, example: "'services/*/catalog-info.yaml'") else { return }
        var importer = BackstageImporter()
        importer.knownTeams = knownTeams
        let origin = "backstage:" + pattern.value
        for path in paths {
            let display = rootDisplay + path
            switch overrides[display].map(Result.success) ?? FileState.read(root + "/" + path, limit: maxFileSize) {
            case .success(let bytes):
                let text = SourceText(path: display, bytes: bytes)
                // The glob says which files are read: Location targets are not followed here.
                _ = importer.read(text)
                sources.append(text)
            case .failure(.tooLarge(let size)):
                problems.append(Diagnostics.fileTooLarge(display, size: size, limit: maxFileSize))
            case .failure(let error):
                problems.append(Diagnostics.unreadableFile(display, reason: error.reason))
            }
        }
        let result = importer.finish()
        // An import skips an entity defined twice; in a catalog, one id from two files is an error.
        problems += result.diagnostics.map { diagnostic in
            guard diagnostic.rule.id == Rule.backstageDuplicate.id else { return diagnostic }
            var promoted = diagnostic
            promoted.rule = .duplicateId
            return promoted
        }
        for (relative, contents) in result.files where CatalogLayout.kind(of: relative).belongsInFragment {
            files.append(CatalogFile(relativePath: relative, text: SourceText(path: origin + "#" + relative, text: contents), origin: origin))
        }
    }

    // MARK: Git repositories

    mutating func readGit(_ git: CatalogSettings.Git, settings: CatalogSettings) {
        let here = location(settings, git.url.span)
        let name = "git:\(git.url.value)@\(git.ref.value)"
        let repository: GitRepository
        let commit: String
        let cache: GitCache
        do {
            cache = try GitCache(root: root)
        } catch {
            problems.append(Diagnostics.invalidInclude(error.messages.joined(separator: "; "), at: here))
            return
        }
        do {
            (repository, commit) = try cache.resolve(url: git.url.value, ref: git.ref.value, offline: offline)
        } catch {
            // A ref the repository lacks is the `ref:` line's mistake; anything else the URL's.
            let at = error.missingRef ? location(settings, git.ref.span) : here
            problems.append(Diagnostics.invalidInclude(error.failure.messages.joined(separator: "; "), at: at))
            return
        }
        commits.append((name, commit))
        Terminal.writeError("stackcat: note: \(TerminalText.sanitize(name)) is commit \(commit)\n")
        let entries: [GitRepository.Entry]
        do {
            entries = try repository.files(at: commit, under: git.path)
        } catch {
            problems.append(Diagnostics.invalidInclude(error.messages.joined(separator: "; "), at: here))
            return
        }
        if entries.isEmpty {
            problems.append(
                Diagnostics.invalidInclude(
                    "the repository \(git.url.value) has no directory '\(git.path)' at '\(git.ref.value)' (commit \(commit))",
                    at: git.pathSpan.map { location(settings, $0) } ?? here,
                    hint: "correct 'path:': it names the fragment directory inside the repository (the one that holds tools/, stacks/, teams.yaml)"))
            return
        }
        // The layout decides which files are read, as for a directory on disk.
        var top: [String] = []
        var listings: [String: [String]] = [:]
        var byPath: [String: GitRepository.Entry] = [:]
        for entry in entries {
            byPath[entry.path] = entry
            let parts = entry.path.split(separator: "/", maxSplits: 1)
            if parts.count == 1 {
                top.append(entry.path)
            } else {
                if listings[String(parts[0])] == nil { top.append(String(parts[0])) }
                listings[String(parts[0]), default: []].append(String(parts[1]))
            }
        }
        let wanted = CatalogLayout.files(top: top) { listings[$0] ?? [] }
        var chosen: [(String, GitRepository.Entry)] = []
        for relative in wanted {
            guard let entry = byPath[relative] else { continue }
            let display = git.display(relative)
            if entry.isSymbolicLink {
                problems.append(Diagnostics.symlinkOutside(display, target: "a symbolic link in git"))
            } else if entry.size > maxFileSize {
                problems.append(Diagnostics.fileTooLarge(display, size: entry.size, limit: maxFileSize))
            } else if !CatalogLayout.kind(of: relative).belongsInFragment && CatalogLayout.kind(of: relative) != .unexpected {
                problems.append(Diagnostics.notInFragment(display))
            } else {
                chosen.append((relative, entry))
            }
        }
        do {
            let blobs = try repository.contents(of: chosen.map(\.1.object), limit: maxFileSize)
            for ((relative, _), bytes) in zip(chosen, blobs) {
                files.append(CatalogFile(relativePath: relative, text: SourceText(path: git.display(relative), bytes: bytes), origin: name))
            }
        } catch {
            problems.append(Diagnostics.invalidInclude(error.messages.joined(separator: "; "), at: here))
        }
    }

    /// Writes the commits the git includes resolved to into the cache (`resolved.txt`), when there
    /// are any and they changed.
    func recordCommits() {
        guard !commits.isEmpty, !offline, let cache = try? GitCache(root: root) else { return }
        let text =
            "# written by stackcat: the commit each git include of the catalog resolved to\n"
            + commits.map { "\($0.include) \($0.commit)\n" }.joined()
        let path = cache.directory + "/resolved.txt"
        if case .success(let old) = FileState.read(path, limit: 1 << 20), old == Array(text.utf8) { return }
        _ = AtomicFile.writeFile(text, to: path)
    }
}

// MARK: validate --only

extension CatalogFederation {
    /// Makes `path` (a fragment directory or one file of one) part of the catalog when it is not
    /// already: a service repository's CI checks its own fragment against the central catalog. Its
    /// tools and stacks replace the included ones of the same ids (the central catalog may include an
    /// older version of the same fragment from git).
    mutating func addOnly(_ path: String, rootFiles: [CatalogFile], catalogDirectory: String) {
        for file in rootFiles { realPaths[file.text.path] = catalogReal + "/" + file.relativePath }
        guard let real = FileState.realPath(path) else {
            problems.append(Diagnostics.unreadableFile(path, reason: "no such file or directory (--only)"))
            return
        }
        if realPaths.values.contains(where: { $0 == real || $0.hasPrefix(real + "/") }) { return }
        var added: [CatalogFile] = []
        if FileState.isDirectory(path) {
            let display = path.hasSuffix("/") ? path : path + "/"
            let read = CatalogFiles.load(directory: path, displayPrefix: display, maxFileSize: maxFileSize)
            problems += read.problems
            for file in read.files {
                if !file.kind.belongsInFragment && file.kind != .unexpected {
                    problems.append(Diagnostics.notInFragment(file.text.path))
                    continue
                }
                realPaths[file.text.path] = real + "/" + file.relativePath
                added.append(CatalogFile(relativePath: file.relativePath, text: file.text, origin: display))
            }
        } else {
            let parts = real.split(separator: "/").suffix(2).map(String.init)
            let relative = parts.count == 2 && CatalogLayout.entryDirectories.contains(parts[0]) ? parts.joined(separator: "/") : parts.last ?? ""
            guard CatalogLayout.kind(of: relative).belongsInFragment else {
                problems.append(
                    Diagnostics.unreadableFile(path, reason: "--only takes a fragment directory, or a file in its tools/ or stacks/, or its teams.yaml"))
                return
            }
            switch FileState.read(path, limit: maxFileSize) {
            case .success(let bytes):
                realPaths[path] = real
                added.append(CatalogFile(relativePath: relative, text: SourceText(path: path, bytes: bytes), origin: path))
            case .failure(let error):
                problems.append(Diagnostics.unreadableFile(path, reason: error.reason))
                return
            }
        }
        let replaced = Set(added.map(\.kind).filter { if case .teams = $0 { return false } else { return true } }.map { "\($0)" })
        files.removeAll { replaced.contains("\($0.kind)") }
        files += added
    }

    /// The display paths of the files at or below `path`, and `path` itself.
    func onlyPaths(_ path: String) -> Set<String> {
        var paths: Set<String> = [path]
        guard let real = FileState.realPath(path) else { return paths }
        for (display, file) in realPaths where file == real || file.hasPrefix(real + "/") { paths.insert(display) }
        return paths
    }
}
