/// A directory of generated files that each start with a marker line: `import landscape`,
/// `import backstage` and `export backstage` write through it. Like `docs --out`, it refuses `/` and
/// the home directory, and never overwrites a file that lacks the marker; an existing `--out` must be a
/// directory (or a link to one) that is empty or holds files with the marker, so a file, a dangling
/// link or a directory of someone else's files is refused before anything is written. It writes each
/// file atomically and only when its bytes change, and removes marked files that the new output no
/// longer has, so a rerun is idempotent. Like `docs`, it writes under the directory's lock and
/// through `StagedDirectory`: a new directory appears whole, an existing one is updated in place.
public struct MarkedDirectory {
    public let path: String
    public let marker: String
    /// The first lines that also mark a file as written here, for files that cannot start with
    /// `marker` (an imported SVG logo starts with an XML comment).
    public var otherMarkers: [String] = []
    /// How messages name the writer: "an import", "stackcat export".
    public let what: String
    /// The command, in hidden names and notes: "import", "export".
    public let command: String
    /// Shows a note or warning to the user (a whole line, with its newline).
    let report: (String) -> Void

    public init(path: String, marker: String, what: String, command: String, report: @escaping (String) -> Void) {
        self.path = path
        self.marker = marker
        self.what = what
        self.command = command
        self.report = report
    }

    /// Returns how many files were written.
    public func write(_ files: [(path: String, contents: String)]) throws -> Int {
        try checkTarget()
        let planned = Set(files.map(\.path))
        let present = markedFiles()
        var conflicts: [String] = []
        for file in files {
            if case .file(let existing) = FileState.of(path + "/" + file.path), !isMarked(existing) {
                conflicts.append(file.path)
            } else if case .other(let kind) = FileState.of(path + "/" + file.path) {
                conflicts.append("\(file.path) (\(kind))")
            }
        }
        if !conflicts.isEmpty {
            throw IOFailure(messages: conflicts.prefix(10).map { "\(path)/\($0) exists and was not written by \(what); move it away" })
        }
        let directory = try StagedDirectory(path: path, command: command, report: report)
        let batched = BatchedFiles(paths: files.map(\.path)) { indices in indices.map { files[$0].contents } }
        return try directory.locked {
            guard directory.exists else {
                try directory.create(batched)
                return files.count
            }
            let tree = try DirectoryTree(walking: directory.target)
            let changed = files.indices.filter { index in
                if case .file(let existing) = FileState.of(directory.target + "/" + files[index].path), existing == files[index].contents {
                    return false
                }
                return true
            }
            try directory.update(tree, files: batched, changed: changed, extras: present.filter { !planned.contains($0) })
            return changed.count
        }
    }

    /// Refuses `/`, the home directory, and an existing `--out` that is neither empty nor a directory
    /// this writer filled before. `write` checks too; commands call it first to fail before their work.
    public func checkTarget() throws(IOFailure) {
        try OutputTarget.refuseDangerous(path, writing: what == "an import" ? "an import" : "an export")
        try refuseForeignTarget()
    }

    func refuseForeignTarget() throws(IOFailure) {
        switch SystemCalls.kind(of: path, followingLinks: true) {
        case .missing:
            if case .symlink = FileState.kind(path) { throw IOFailure("\(path) is a symbolic link to nothing; choose another --out") }
            return
        case .directory:
            guard !FileState.entries(of: path).isEmpty, markedFiles().isEmpty else { return }
            throw IOFailure("\(path) is not empty and has no files written by \(what); choose a new or empty directory for --out")
        default:
            throw IOFailure("\(path) exists and is not a directory; choose another --out")
        }
    }

    /// Whether a file's text starts with the marker or one of the other markers.
    func isMarked(_ text: String) -> Bool {
        text.hasPrefix(marker) || otherMarkers.contains { text.hasPrefix($0) }
    }

    /// Relative paths of the files with the marker, at the top and one level down, sorted. The
    /// directory itself may be a link to one (`refuseDangerous` has resolved it).
    public func markedFiles() -> [String] {
        guard FileState.isDirectory(path) else { return [] }
        var candidates: [String] = []
        for name in FileState.entries(of: path) {
            switch FileState.kind(path + "/" + name) {
            case .file: candidates.append(name)
            case .directory: candidates += FileState.entries(of: path + "/" + name).map { name + "/" + $0 }
            default: break
            }
        }
        return candidates.filter { relative in
            let marked = relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") || (!otherMarkers.isEmpty && relative.hasSuffix(".svg"))
            guard marked, case .file(let text) = FileState.of(path + "/" + relative) else { return false }
            return isMarked(text)
        }.sorted()
    }
}
