import StackcatQuery

/// What the site's Changes page shows (`site --since REV`, `site --history N`): the catalog's
/// semantic diff since a revision, and a timeline of the last revisions that touched the catalog,
/// each compared with its parent. The executable reads them from git; the page only renders them.
public struct SiteChanges: Sendable {
    /// One revision of the timeline.
    public struct Revision: Sendable {
        public var commit: String
        /// The committer date, ISO 8601 as git gives it (`2026-12-07T10:57:51+00:00`).
        public var date: String
        /// The commit's subject line, as git gives it: hostile text, shown escaped and cut (`SiteChanges.subjectLine`).
        public var subject: String
        /// The revision against its first parent (against an empty catalog for a root commit).
        public var diff: CatalogDiff

        public init(commit: String, date: String, subject: String, diff: CatalogDiff) {
            self.commit = commit
            self.date = date
            self.subject = subject
            self.diff = diff
        }
    }

    /// The catalog at `--since`'s revision against the one the site shows.
    public var since: CatalogDiff?
    /// Newest first.
    public var history: [Revision]
    /// How many revisions `--history` asked for (the timeline may hold fewer).
    public var historyLimit: Int?

    public init(since: CatalogDiff? = nil, history: [Revision] = [], historyLimit: Int? = nil) {
        self.since = since
        self.history = history
        self.historyLimit = historyLimit
    }

    /// The longest subject the timeline shows, in characters.
    public static let subjectLimit = 120

    /// A commit subject made one short line: control characters, line separators and bidirectional
    /// controls become spaces, runs of spaces one, and past `subjectLimit` characters it is cut with "…".
    public static func subjectLine(_ subject: String) -> String {
        var out = ""
        var space = false
        for scalar in subject.unicodeScalars {
            let v = scalar.value
            let blank =
                v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029 || scalar == " " || v == 0xFEFF
            if blank {
                space = !out.isEmpty
                continue
            }
            if space {
                out += " "
                space = false
            }
            out.unicodeScalars.append(scalar)
        }
        guard out.count > subjectLimit else { return out }
        return String(out.prefix(subjectLimit - 1)) + "…"
    }
}
