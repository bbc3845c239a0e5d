import StackcatIO
import ArgumentParser
import StackcatCore

/// A directory of generated files that each start with a marker line: `import landscape`,
/// `import backstage` and `export backstage` write through it. Like `docs --out`, it refuses `/` and
/// the home directory, and never overwrites a file that lacks the marker; an existing `--out` must be a
/// directory (or a link to one) that is empty or holds files with the marker, so a file, a dangling
/// link or a directory of someone else's files is refused before anything is written. It writes each
/// file atomically and only when its bytes change, and removes marked files that the new output no
/// longer has, so a rerun is idempotent.
struct MarkedDirectory {
    let path: String
    let marker: String
    /// How messages name the writer: "an import", "stackcat export".
    let what: String

    /// Returns how many files were written.
    func write(_ files: [(path: String, contents: String)]) throws -> Int {
        try checkTarget()
        let planned = Set(files.map(\.path))
        let present = markedFiles()
        var conflicts: [String] = []
        for file in files {
            if case .file(let existing) = FileState.of(path + "/" + file.path), !existing.hasPrefix(marker) {
                conflicts.append(file.path)
            } else if case .other(let kind) = FileState.of(path + "/" + file.path) {
                conflicts.append("\(file.path) (\(kind))")
            }
        }
        if !conflicts.isEmpty {
            for conflict in conflicts.prefix(10) {
                Terminal.writeError("stackcat: error: \(path)/\(conflict) exists and was not written by \(what); move it away\n")
            }
            throw ExitCode(1)
        }
        var written = 0
        for file in files {
            let full = path + "/" + file.path
            if case .file(let existing) = FileState.of(full), existing == file.contents { continue }
            try AtomicFile.write(file.contents, to: full, within: path)
            written += 1
        }
        for stale in present where !planned.contains(stale) { _ = SystemCalls.removeFile(path + "/" + stale) }
        return written
    }

    /// Refuses `/`, the home directory, and an existing `--out` that is neither empty nor a directory
    /// this writer filled before. `write` checks too; commands call it first to fail before their work.
    func checkTarget() throws {
        try OutputTarget.refuseDangerous(path, writing: what == "an import" ? "an import" : "an export")
        try refuseForeignTarget()
    }

    func refuseForeignTarget() throws {
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

    /// Relative paths of the files with the marker, at the top and one level down, sorted. The
    /// directory itself may be a link to one (`refuseDangerous` has resolved it).
    func markedFiles() -> [String] {
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
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"), case .file(let text) = FileState.of(path + "/" + relative) else {
                return false
            }
            return text.hasPrefix(marker)
        }.sorted()
    }
}
