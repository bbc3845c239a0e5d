import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatQuery
import StackcatValidation
import StackcatYAML

/// An entry of teams.yaml to add (`stackcat new team`).
public struct TeamDraft: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    public var contact: String?
    public var parent: String?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

extension NewEntry {
    public struct TeamOptions: Sendable {
        public var name: String
        public var description: String?
        public var contact: String?
        public var parent: String?

        public init(name: String) { self.name = name }
    }

    /// A team entry, checked: a new well-formed id, a name on one line, a contact that is an email
    /// address or an http(s) URL, a parent that teams.yaml has.
    public static func team(id: String, options: TeamOptions, in catalog: Catalog) throws(Refusal) -> TeamDraft {
        try checkID(id, kind: "team")
        if let existing = catalog.team(id) {
            throw Refusal("team '\(id)' exists already (\(existing.path))", note: "pick another id, or edit that entry")
        }
        if let contact = options.contact, !ContactCheck.isContact(contact) {
            throw Refusal(
                "--contact '\(contact)' is neither an email address nor an http(s) URL",
                note: "write an address such as platform@example.com, or a page such as https://chat.example.com/platform")
        }
        if let parent = options.parent { try team(parent, in: catalog, as: "parent team") }
        var draft = TeamDraft(id: id, name: options.name)
        draft.description = options.description
        draft.contact = options.contact
        draft.parent = options.parent
        return draft
    }

    /// teams.yaml with the entry added: the existing bytes as they are, comments included, and the
    /// entry after them; or a new file with its modeline and a header. Refused when the result would
    /// not hold exactly one more team (a flow-style list, a file that is not a list).
    /// - Parameter existing: the file's bytes, nil when there is none.
    public static func teamsFile(adding draft: TeamDraft, to existing: [UInt8]?, relativePath: String) throws(Refusal) -> [UInt8] {
        var entry = Array(EntryTemplate.team(draft).utf8)
        guard var bytes = existing else {
            return Array(EntryTemplate.teamsHeader(relativePath: relativePath).utf8) + entry
        }
        let before = CatalogCheck(files: [CatalogFile(relativePath: relativePath, text: SourceText(path: relativePath, bytes: bytes))])
        // The entry's lines end as the file's first line does, so that a CR LF file stays CR LF.
        let crlf = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } ?? false
        if crlf { entry = Self.crlf(entry) }
        if let last = bytes.last, last != UInt8(ascii: "\n") && last != UInt8(ascii: "\r") {
            bytes += crlf ? [UInt8(ascii: "\r"), UInt8(ascii: "\n")] : [UInt8(ascii: "\n")]
        }
        bytes += entry
        let after = CatalogCheck(files: [CatalogFile(relativePath: relativePath, text: SourceText(path: relativePath, bytes: bytes))])
        let errors = { (check: CatalogCheck) in check.diagnostics.filter { $0.severity == .error && $0.rule != .unknownReference }.count }
        guard after.catalog.teams.count == before.catalog.teams.count + 1, after.catalog.team(draft.id) != nil,
            errors(after) <= errors(before)
        else {
            throw Refusal(
                "cannot add the team to \(relativePath): the file is not a list of '- id: ...' entries that an entry can be appended to",
                note: "add the entry by hand, or write the list one '- id:' entry after another")
        }
        return bytes
    }

    /// `bytes` with each LF that is not already after a CR written as CR LF.
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n"), i == 0 || bytes[i - 1] != UInt8(ascii: "\r") { out.append(UInt8(ascii: "\r")) }
            out.append(byte)
        }
        return out
    }
}
