/// `catalog.yaml` at a catalog's root: catalog-wide settings. Today its `include:` list, which makes
/// one catalog out of several sources, and the team that owns shared tools on export.
///
/// ```yaml
/// include:
///   - services/*/stackcat/                 # fragment directories of this repository (path or glob)
///   - backstage: "**/catalog-info.yaml"     # Backstage entity files, read in place
///   - git: https://git.example.com/payments.git
///     ref: v1.4.0                           # a tag, a branch or a commit
///     path: stackcat/                       # the fragment directory inside it (default: its root)
/// platform-team: platform                   # owns shared tools on export when stacks disagree
/// backstage-types: { databases: database }  # spec.type on export, by category id or hosting
/// ```
public struct CatalogSettings: Sendable {
    /// One entry of `include:`.
    public enum Include: Sendable, Hashable {
        /// Directories of this repository, by a path or glob relative to the repository's root.
        case fragments(Located<String>)
        /// Backstage entity files of this repository, by a glob relative to the repository's root.
        case backstage(Located<String>)
        /// A fragment directory inside a git repository, at a pinned ref.
        case git(Git)

        /// Where the entry is written in `catalog.yaml`.
        public var span: SourceSpan {
            switch self {
            case .fragments(let pattern), .backstage(let pattern): return pattern.span
            case .git(let git): return git.url.span
            }
        }
    }

    /// `- git: URL` with `ref:` and `path:`.
    public struct Git: Sendable, Hashable {
        public var url: Located<String>
        public var ref: Located<String>
        /// The fragment directory inside the repository, without a trailing slash; empty for its root.
        public var path: String
        /// Where `path:` is written, for a message about a path the repository lacks; nil without one.
        public var pathSpan: SourceSpan?

        public init(url: Located<String>, ref: Located<String>, path: String, pathSpan: SourceSpan? = nil) {
            self.url = url
            self.ref = ref
            self.path = path
            self.pathSpan = pathSpan
        }

        /// How messages name a file of it: `git:URL@ref:path/tools/x.yaml`.
        public func display(_ relative: String) -> String {
            "git:\(url.value)@\(ref.value):" + (path.isEmpty ? relative : path + "/" + relative)
        }
    }

    public var includes: [Include] = []
    /// `platform-team:`, a team id: the owner `export backstage` gives a shared tool whose stacks'
    /// owners disagree.
    public var platformTeam: Located<String>?
    /// `backstage-types:`, a category id or a hosting → the `spec.type` that `export backstage` writes.
    public var backstageTypes: [String: String] = [:]
    /// The settings file's display path.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The keys of `catalog.yaml`.
    public static let keys = ["include", "platform-team", "backstage-types"]
    /// The keys of a `git:` include.
    public static let gitKeys = ["git", "ref", "path"]
    /// Most include entries a catalog may have, and most directories or files one glob may match.
    public static let includeLimit = 1_000, matchLimit = 10_000

    /// Why a path or glob of an include is refused, or nil when it is a relative path that stays
    /// inside the repository: no absolute paths, no `..`, no empty segments.
    public static func pathProblem(_ pattern: String) -> String? {
        if pattern.isEmpty { return "it is empty" }
        if pattern.hasPrefix("/") || pattern.hasPrefix("~") { return "it is absolute; write it relative to the repository's root" }
        if pattern.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }) {
            return "it holds a control character or a backslash"
        }
        var segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if segments.last == "" { segments.removeLast() }
        for segment in segments {
            if segment == ".." { return "it leaves the repository ('..'); includes stay inside the repository that holds the catalog" }
            if segment.isEmpty { return "it has an empty segment ('//')" }
        }
        return nil
    }
}
