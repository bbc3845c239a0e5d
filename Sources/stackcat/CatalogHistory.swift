import CatalogLayout
import StackcatCore
import StackcatIO

/// The catalog at past revisions of the git repository that holds it: `diff`, `radar --since` and
/// `site --since` read it here. The catalog's path inside the repository is where `--catalog`'s usual
/// resolution finds it now; each revision's files are listed by `git ls-tree` and read by one
/// `git cat-file --batch`, within `--max-file-size`. Nothing is checked out.
struct CatalogHistory {
    let options: CatalogOptions
    let repository: GitRepository
    /// The catalog directory relative to the repository's top ("" when it is the top).
    let catalogPath: String

    /// - Parameter otherwise: what the command can do without a repository, for the error without one.
    init(options: CatalogOptions, otherwise: String? = nil) throws(IOFailure) {
        self.options = options
        let absolute: String
        switch options.origin() {
        case .directory(let path, _):
            absolute = FileState.realPath(path) ?? path
        case .missing(let path):
            let slash = path.lastIndex(of: "/")
            let parent = slash.map { String(path[..<$0]) } ?? "."
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            absolute = (FileState.realPath(parent.isEmpty ? "/" : parent) ?? parent) + "/" + name
        case .builtIn:
            absolute = (FileState.realPath(".") ?? ".") + "/catalog"
        }
        let slash = absolute.lastIndex(of: "/") ?? absolute.startIndex
        let directory = FileState.isDirectory(absolute) ? absolute : (slash == absolute.startIndex ? "/" : String(absolute[..<slash]))
        if let otherwise {
            repository = try GitRepository.open(containing: directory, otherwise: otherwise)
        } else {
            repository = try GitRepository.open(containing: directory)
        }
        let root = repository.root
        if absolute == root {
            catalogPath = ""
        } else if absolute.hasPrefix(root + "/") {
            catalogPath = String(absolute.dropFirst(root.count + 1))
        } else {
            throw IOFailure("the catalog \(absolute) is outside the git repository at \(root): give its path there with --catalog")
        }
    }

    /// The default base of a comparison: where the current commit branched from the default branch.
    func defaultBase() throws(IOFailure) -> (label: String, commit: String) {
        guard let branch = repository.defaultBranch() else {
            throw IOFailure(
                "no default branch to compare with (none of origin/HEAD, main, master) in \(repository.root): name the base revision (stackcat diff BASE)")
        }
        let head = try repository.commit("HEAD")
        let base = try repository.mergeBase(head, try repository.commit(branch))
        return ("merge base with \(branch)", base)
    }

    /// Loads and checks the catalog at a revision. Its files are shown as `REVISION:PATH`, as git names them.
    /// With `emptyIfAbsent`, a revision with no file at the catalog's path has an empty catalog
    /// without errors (a commit from before the catalog was added).
    func check(
        revision: String, label: String? = nil, commit known: String? = nil,
        emptyIfAbsent: Bool = false
    ) throws(IOFailure) -> (check: CatalogCheck, commit: String, sources: [String: SourceText]) {
        let commit: String
        if let known { commit = known } else { commit = try repository.commit(revision) }
        let display = "\(label ?? revision):" + (catalogPath.isEmpty ? "" : catalogPath + "/")
        let limit = options.catalogFileLimit
        let entries = try repository.files(at: commit, under: catalogPath)
        var top: [String] = []
        var listings: [String: [String]] = [:]
        var byPath: [String: GitRepository.Entry] = [:]
        byPath.reserveCapacity(entries.count)
        for entry in entries {
            byPath[entry.path] = entry
            if let slash = entry.path.firstIndex(of: "/") {
                let directory = String(entry.path[..<slash])
                let rest = entry.path[entry.path.index(after: slash)...]
                if listings[directory] == nil { top.append(directory) }
                if !rest.contains("/") { listings[directory, default: []].append(String(rest)) }
            } else {
                top.append(entry.path)
            }
        }
        var problems: [Diagnostic] = []
        var wanted: [(path: String, object: String)] = []
        for path in CatalogLayout.files(top: top, listing: { listings[$0] ?? [] }) {
            guard let entry = byPath[path] else { continue }
            if entry.isSymbolicLink {
                problems.append(Diagnostics.unreadableFile(display + path, reason: "a symbolic link in git, not followed"))
            } else if entry.size > limit {
                problems.append(Diagnostics.fileTooLarge(display + path, size: entry.size, limit: limit))
            } else {
                wanted.append((path, entry.object))
            }
        }
        let contents = try repository.contents(of: wanted.map(\.object), limit: limit)
        var files: [CatalogFile] = []
        files.reserveCapacity(wanted.count)
        for (file, bytes) in zip(wanted, contents) {
            files.append(CatalogFile(relativePath: file.path, text: SourceText(path: display + file.path, bytes: bytes)))
        }
        let required = emptyIfAbsent && entries.isEmpty ? nil : String(display.dropLast())
        let check = CatalogCheck(
            files: files, extraDiagnostics: problems, requireVocabularies: required,
            limits: options.diagnosticLimits)
        FastExit.keep(files)
        FastExit.keep(check.catalog)
        return (check, commit, check.snippetSources(from: files))
    }
}

extension CatalogHistory {
    /// The stacks at a revision, for `radar --since` and `site --since`. A failure to read them
    /// (no git, no repository, no such revision) ends the command with its message and exit 1; a
    /// catalog with errors there is used as far as it loaded, with a note.
    static func radarHistory(since revision: String, options: CatalogOptions) -> RadarHistory {
        do {
            return try CatalogHistory(options: options, otherwise: "leave out --since").since(revision).radar
        } catch {
            Terminal.writeError(error.text)
            FastExit.now(1)
        }
    }

    /// The catalog at a revision, with a note when it has errors, as `radar --since` and `site --since` use it.
    func since(_ revision: String) throws(IOFailure) -> (radar: RadarHistory, check: CatalogCheck, side: CatalogDiff.Side) {
        let (check, commit, _) = try check(revision: revision)
        if check.errorCount > 0 {
            Terminal.writeError(
                "stackcat: note: the catalog at \(TerminalText.sanitize(revision)) has \(check.errorCount) error"
                    + "\(check.errorCount == 1 ? "" : "s"); its stacks are compared as far as they loaded\n")
        }
        let side = DiffSide(check: check, side: CatalogDiff.Side(label: revision, commit: commit)).described
        return (RadarHistory(label: revision, stacks: check.catalog.stacks), check, side)
    }

    /// What `site --since` and `site --history` need from git: the stacks at `since` for the radars,
    /// and the Changes page (`catalog` is the one the site shows). A failure to read the history ends
    /// the command with its message and exit 1.
    static func siteHistory(
        since revision: String?, history limit: Int?, options: CatalogOptions,
        catalog: Catalog
    ) -> (radar: RadarHistory?, changes: SiteChanges?) {
        guard revision != nil || limit != nil else { return (nil, nil) }
        do {
            let history = try CatalogHistory(options: options, otherwise: "leave out --since and --history")
            var radar: RadarHistory?
            var changes = SiteChanges(historyLimit: limit)
            if let revision {
                let since = try history.since(revision)
                radar = since.radar
                changes.since = CatalogDiff(from: since.check.catalog, to: catalog, base: since.side, head: CatalogDiff.Side(label: "working tree"))
            }
            if let limit { changes.history = try history.timeline(limit: limit) }
            return (radar, changes)
        } catch {
            Terminal.writeError(error.text)
            FastExit.now(1)
        }
    }

    /// The last `limit` revisions that touched the catalog, each compared with its first parent
    /// (a root commit, or one from before the catalog existed, with an empty catalog). Each
    /// revision's catalog is read once, however many times it is compared.
    func timeline(limit: Int) throws(IOFailure) -> [SiteChanges.Revision] {
        let entries = try repository.log(limit: limit, under: catalogPath)
        var loaded: [String: (catalog: Catalog, side: CatalogDiff.Side)] = [:]
        func load(_ commit: String) throws(IOFailure) -> (catalog: Catalog, side: CatalogDiff.Side) {
            if let known = loaded[commit] { return known }
            let (check, _, _) = try check(revision: commit, label: String(commit.prefix(7)), commit: commit, emptyIfAbsent: true)
            let side = DiffSide(check: check, side: CatalogDiff.Side(label: commit, commit: commit)).described
            loaded[commit] = (check.catalog, side)
            return (check.catalog, side)
        }
        var revisions: [SiteChanges.Revision] = []
        for entry in entries {
            let head = try load(entry.commit)
            let base: (catalog: Catalog, side: CatalogDiff.Side)
            if let parent = entry.parents.first {
                base = try load(parent)
            } else {
                base = (
                    Catalog(categories: [], roles: [], relationTypes: [], tools: [], stacks: [], fileCount: 0),
                    CatalogDiff.Side(label: "no catalog")
                )
            }
            revisions.append(
                SiteChanges.Revision(
                    commit: entry.commit, date: entry.date, subject: entry.subject,
                    diff: CatalogDiff(from: base.catalog, to: head.catalog, base: base.side, head: head.side)))
        }
        return revisions
    }
}
