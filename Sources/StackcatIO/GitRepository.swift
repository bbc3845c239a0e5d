/// A git repository, read through the `git` program: revisions resolved, a tree listed with
/// `git ls-tree`, and its files read with one `git cat-file --batch`. Nothing is checked out and
/// nothing is written. git's own messages are not shown: each failure is an `IOFailure` that says
/// what to do.
public struct GitRepository: Sendable {
    /// The `git` program.
    public let git: String
    /// The top of the work tree, as git gives it (absolute, symbolic links resolved).
    public let root: String

    /// One file of a tree.
    public struct Entry: Sendable, Equatable {
        /// The path below the listed directory.
        public var path: String
        public var object: String
        /// The blob's size in bytes, from the tree listing (before any is read).
        public var size: Int
        /// A symbolic link (mode 120000): its blob is the link's target, not a file's contents.
        public var isSymbolicLink: Bool
    }

    /// The repository that holds `directory`. `otherwise` is what the command can do without one, for
    /// the messages when there is no git or no repository.
    public static func open(
        containing directory: String,
        otherwise: String = "compare two catalog directories (stackcat diff OLD-DIR NEW-DIR)"
    ) throws(IOFailure) -> GitRepository {
        guard let git = Executables.find("git") else {
            throw IOFailure("'git' is not on $PATH: install git to read revisions, or \(otherwise)")
        }
        guard let top = run(git, ["-C", directory, "rev-parse", "--show-toplevel"]), top.status == 0,
            let root = line(top.output), !root.isEmpty
        else {
            throw IOFailure(
                "'\(directory)' is not in a git repository: run this inside a clone, "
                    + "or \(otherwise)")
        }
        return GitRepository(git: git, root: root)
    }

    /// The full name of the commit a revision names (`main`, `HEAD~2`, `v1.0`, an abbreviated hash).
    public func commit(_ revision: String) throws(IOFailure) -> String {
        // A revision never starts with '-': refuse it rather than let git read it as an option.
        guard !revision.hasPrefix("-"), !revision.isEmpty, let found = resolve(revision + "^{commit}") else {
            throw IOFailure(
                "unknown revision '\(revision)' in the repository at \(root): list commits with 'git log --oneline'; "
                    + "a shallow clone (CI's default) may lack it: fetch the history (actions/checkout with fetch-depth: 0)")
        }
        return found
    }

    /// The default branch, for a default base: `origin/HEAD`, else `main`, else `master` (local, then
    /// `origin`'s). Nil when there is none of them.
    public func defaultBranch() -> String? {
        ["origin/HEAD", "main", "master", "origin/main", "origin/master"].first { resolve($0 + "^{commit}") != nil }
    }

    /// The best common ancestor of two commits.
    public func mergeBase(_ a: String, _ b: String) throws(IOFailure) -> String {
        guard let result = Self.run(git, ["-C", root, "merge-base", a, b]), result.status == 0,
            let base = Self.line(result.output), !base.isEmpty
        else {
            throw IOFailure("'\(a)' and '\(b)' have no common history in \(root): name the base revision (stackcat diff BASE)")
        }
        return base
    }

    /// The blobs below `directory` (relative to `root`; empty for the whole tree) at a commit, with
    /// paths relative to `directory`. Submodules are left out.
    public func files(at commit: String, under directory: String) throws(IOFailure) -> [Entry] {
        var arguments = ["-C", root, "ls-tree", "-r", "-l", "-z", "--full-tree", commit]
        let prefix = directory.isEmpty ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        if !prefix.isEmpty { arguments += ["--", prefix] }
        guard let result = Self.run(git, arguments), result.status == 0 else {
            throw IOFailure("git could not list the files of \(commit) in \(root)")
        }
        var entries: [Entry] = []
        // "<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL"
        for record in result.output.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 4, String(decoding: fields[1], as: UTF8.self) == "blob",
                let size = Int(String(decoding: fields[3], as: UTF8.self))
            else { continue }
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            guard path.hasPrefix(prefix) else { continue }
            entries.append(
                Entry(
                    path: String(path.dropFirst(prefix.count)), object: String(decoding: fields[2], as: UTF8.self),
                    size: size, isSymbolicLink: fields[0].elementsEqual("120000".utf8)))
        }
        return entries
    }

    /// The contents of blobs, in the order asked, read by one `git cat-file --batch`. Ask only for
    /// blobs whose listed size is within bounds: a blob over `limit` bytes fails the whole read.
    public func contents(of objects: [String], limit: Int) throws(IOFailure) -> [[UInt8]] {
        guard !objects.isEmpty else { return [] }
        var input = ""
        input.reserveCapacity(objects.count * 41)
        for object in objects { input += object + "\n" }
        guard let result = SystemCalls.runCapturing(git, arguments: ["-C", root, "cat-file", "--batch"], input: input, quietErrors: true),
            result.status == 0
        else {
            throw IOFailure("git could not read the files of the repository at \(root) (git cat-file --batch failed)")
        }
        let output = result.output
        var blobs: [[UInt8]] = []
        blobs.reserveCapacity(objects.count)
        var index = 0
        let failure = IOFailure("git cat-file gave an unexpected answer in \(root)")
        while blobs.count < objects.count {
            // "<object> <type> <size> LF <contents> LF", or "<object> missing LF".
            guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { throw failure }
            let header = output[index..<newline].split(separator: UInt8(ascii: " "))
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) else {
                throw IOFailure("git has no object \(objects[blobs.count]) in \(root)")
            }
            guard size <= limit else { throw IOFailure("git object \(objects[blobs.count]) is larger than the limit (\(limit) bytes)") }
            let start = newline + 1
            guard start + size < output.count else { throw failure }
            blobs.append(Array(output[start..<start + size]))
            index = start + size + 1
        }
        return blobs
    }

    /// A commit as `log` lists it.
    public struct LogEntry: Sendable, Equatable {
        public var commit: String
        public var parents: [String]
        /// The committer date, strict ISO 8601.
        public var date: String
        /// The subject line as the commit has it: untrusted text.
        public var subject: String
    }

    /// The last `limit` commits reachable from HEAD that changed something below `directory`
    /// (relative to `root`; empty for the whole tree), newest first, with git's usual history
    /// simplification (a merge that only brought in commits already listed is left out).
    public func log(limit: Int, under directory: String) throws(IOFailure) -> [LogEntry] {
        // A catalog path with "*" or "[" names that directory, not a pattern.
        var arguments = [
            "-C", root, "--literal-pathspecs", "-c", "log.showSignature=false", "log", "-z", "--no-color", "-n", String(max(limit, 0)),
            "--format=%H%x1f%P%x1f%cI%x1f%s", "HEAD"
        ]
        if !directory.isEmpty { arguments += ["--", directory] }
        guard let result = Self.run(git, arguments), result.status == 0 else {
            throw IOFailure("git could not list the history of \(root) (no commit yet?): commit the catalog first")
        }
        var entries: [LogEntry] = []
        for record in result.output.split(separator: 0) {
            let fields = record.split(separator: 0x1F, maxSplits: 3, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 4, fields[0].count >= 40 else { continue }
            entries.append(
                LogEntry(
                    commit: fields[0].trimmingNewlines, parents: fields[1].split(separator: " ").map(String.init),
                    date: fields[2], subject: fields[3]))
        }
        return entries
    }

    private func resolve(_ name: String) -> String? {
        guard let result = Self.run(git, ["-C", root, "rev-parse", "--verify", "--quiet", name]), result.status == 0 else { return nil }
        return Self.line(result.output)
    }

    private static func run(_ git: String, _ arguments: [String]) -> (status: Int32, output: [UInt8])? {
        SystemCalls.runCapturing(git, arguments: arguments, input: "", quietErrors: true)
    }

    /// The first line of a program's output.
    private static func line(_ output: [UInt8]) -> String? {
        guard let first = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first else { return nil }
        return String(decoding: first, as: UTF8.self)
    }
}

extension String {
    /// Without the line breaks that `git log -z` leaves between records.
    fileprivate var trimmingNewlines: String {
        String(unicodeScalars.filter { $0 != "\n" && $0 != "\r" }.map(Character.init))
    }
}
