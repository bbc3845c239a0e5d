/// The cache of git repositories that a federated catalog includes (`git: URL`, `ref:`), under
/// `.stackcat/cache/git/` of the repository that holds the catalog. Each URL has a bare repository
/// there, filled by `git fetch` (every branch and tag, so that a ref resolves the same way online and
/// offline); its `.gitignore` keeps the whole cache out of the user's commits. git never prompts
/// (no terminal, no password, ssh in batch mode) and is killed after `timeout`.
public struct GitCache: Sendable {
    /// `<root>/.stackcat/cache`.
    public var directory: String { cache.path }
    let cache: CacheDirectory
    public let git: String
    public let timeout: Duration

    /// The cache of the repository at `root` (a resolved path).
    public init(root: String, timeout: Duration = .seconds(120)) throws(IOFailure) {
        guard let git = Executables.find("git") else {
            throw IOFailure("'git' is not on $PATH: install git to include git repositories in the catalog")
        }
        self.git = git
        cache = CacheDirectory(root: root)
        self.timeout = timeout
    }

    /// Where the bare repository of `url` goes: a readable stem of the URL and a hash of all of it.
    public func path(of url: String) -> String {
        var stem = String(url.split(separator: "/").last ?? "repository")
        if stem.hasSuffix(".git") { stem.removeLast(4) }
        stem = String(
            stem.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
            }.prefix(40))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return directory + "/git/" + (stem.isEmpty ? "repository" : stem) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Why `resolve` failed: `missingRef` when the repository (or its cache) was read and has no such
    /// ref, so that the message can point at `ref:` rather than at the URL.
    public struct Failure: Error, Sendable {
        public var failure: IOFailure
        public var missingRef: Bool

        init(_ failure: IOFailure, missingRef: Bool = false) {
            self.failure = failure
            self.missingRef = missingRef
        }
    }

    /// The commit that `ref` names in the repository at `url`: fetched first unless `offline`, or
    /// unless the ref is a full commit hash the cache already has. Returns the repository to read.
    public func resolve(url: String, ref: String, offline: Bool) throws(Failure) -> (repository: GitRepository, commit: String) {
        do {
            return try resolveOrFail(url: url, ref: ref, offline: offline)
        } catch let failure as Failure {
            throw failure
        } catch let failure as IOFailure {
            throw Failure(failure)
        } catch {
            throw Failure(IOFailure("git: \(error)"))
        }
    }

    func resolveOrFail(url: String, ref: String, offline: Bool) throws -> (repository: GitRepository, commit: String) {
        let bare = path(of: url)
        let repository = GitRepository(git: git, root: bare)
        let cached = FileState.isDirectory(bare + "/objects")
        if offline {
            guard cached else {
                throw IOFailure("git:\(url)@\(ref) is not in the cache (\(bare)) and --offline forbids fetching it: run the command once without --offline")
            }
            guard let commit = find(ref, in: repository) else {
                throw Failure(
                    IOFailure(
                        "the cache of \(url) has no tag, branch or commit '\(ref)', and --offline forbids fetching it: run the command once without --offline, or correct 'ref:'"
                    ), missingRef: true)
            }
            return (repository, commit)
        }
        if cached, Self.isFullHash(ref), let commit = find(ref, in: repository) { return (repository, commit) }
        try prepare(bare)
        let refspecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"]
        switch run(["-C", bare, "fetch", "--quiet", "--no-tags", "--prune", "--", url] + refspecs) {
        case .exited(0, _)?: break
        case .timedOut?:
            throw IOFailure("git fetch \(url) ran longer than \(timeout) and was stopped: check the network and the URL, or use the cache with --offline")
        case .exited(let status, _)?:
            throw IOFailure(
                "git fetch \(url) failed (exit status \(status)): check the URL and that you may read it ('git ls-remote \(url)' shows git's own message)")
        case nil:
            throw IOFailure("could not run git to fetch \(url)")
        }
        guard let commit = find(ref, in: repository) else {
            throw Failure(
                IOFailure("the repository \(url) has no tag, branch or commit '\(ref)': correct 'ref:' (list them with 'git ls-remote \(url)')"),
                missingRef: true)
        }
        return (repository, commit)
    }

    static func isFullHash(_ ref: String) -> Bool {
        (ref.utf8.count == 40 || ref.utf8.count == 64) && ref.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// A tag first, then a branch, then a commit hash (full or abbreviated).
    func find(_ ref: String, in repository: GitRepository) -> String? {
        var candidates = ["refs/tags/\(ref)", "refs/heads/\(ref)"]
        if ref.utf8.count >= 4, ref.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) {
            candidates.append(ref)
        }
        for candidate in candidates {
            if case .exited(0, let output)? = run(["-C", repository.root, "rev-parse", "--verify", "--quiet", candidate + "^{commit}"]),
                let line = output.split(separator: UInt8(ascii: "\n")).first
            {
                return String(decoding: line, as: UTF8.self)
            }
        }
        return nil
    }

    /// The cache directory with its `.gitignore`, and an empty bare repository for one URL.
    func prepare(_ bare: String) throws(IOFailure) {
        try cache.prepare("git")
        guard !FileState.isDirectory(bare + "/objects") else { return }
        guard case .exited(0, _)? = run(["init", "--quiet", "--bare", bare]) else {
            throw IOFailure("git could not create the cache repository \(bare)")
        }
    }

    /// git without prompts, within the time budget.
    func run(_ arguments: [String]) -> SystemCalls.CapturedRun? {
        let environment = ["GIT_TERMINAL_PROMPT=0", "GIT_ASKPASS=", "SSH_ASKPASS=", "GIT_SSH_COMMAND=ssh -o BatchMode=yes"]
        guard let env = Executables.find("env") else { return nil }
        return SystemCalls.runCapturing(env, arguments: environment + [git] + arguments, input: "", within: timeout, quietErrors: true)
    }
}
