import CatalogLayout

/// Every message stackcat can report about a catalog, in one place, so wording stays consistent.
public enum Diagnostics {
    // MARK: Files

    public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "cannot read file: \(reason)",
            at: SourceLocation(path: path, span: .fileStart))
    }

    /// A catalog directory (the root, `tools/`, `stacks/`) that is there but cannot be read: its
    /// entries would otherwise go unchecked without a word.
    public static func unreadableDirectory(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "cannot read the directory '\(path)': \(reason); nothing in it was checked",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("give the user who runs stackcat permission to read and enter it")])
    }

    /// `--catalog` (or `$STACKCAT_CATALOG`) with bytes that are not UTF-8: the path is decoded with
    /// U+FFFD in their place, so it names nothing, though the directory may well be there.
    public static func catalogNameNotUTF8(_ path: String) -> Diagnostic {
        Diagnostic(
            .missingCatalog, "cannot open the catalog directory '\(path)': its name is not valid UTF-8 (the bytes that are not are shown as \u{FFFD})", at: nil,
            notes: [.init("stackcat reads paths as UTF-8: rename the directory, or give --catalog a symbolic link to it with a UTF-8 name")])
    }

    /// Why a file or directory whose name is not UTF-8 cannot be read.
    public static let notUTF8Name = "its name is not valid UTF-8 (the bytes that are not are shown as \u{FFFD}); rename it with a UTF-8 name"

    public static func fileTooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            "the file is \(size > limit + 1 ? ByteCount.describe(size) : "larger than the limit"), more than the limit of \(ByteCount.describe(limit)); not read",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("a catalog file is a few kilobytes; raise the limit with --max-file-size if this one is meant to be this large")])
    }

    /// No content and no position inside the file: the link is reported, never followed.
    public static func symlinkOutside(_ path: String, target: String) -> Diagnostic {
        Diagnostic(
            .symlinkOutside, "'\(path)' is a symbolic link to '\(target)', outside the catalog; not read",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("symbolic links may point only to files and folders inside the catalog directory")])
    }

    public static func notAFile(_ path: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "'\(path)' is a directory, not a YAML file",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("rename it so that its name does not end in .yaml or .yml")])
    }

    public static func unexpectedFile(_ path: String) -> Diagnostic {
        Diagnostic(
            .unexpectedFile, "stackcat does not read this file",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [
                .init("a catalog holds categories.yaml, roles.yaml, relations.yaml, an optional teams.yaml, tools/<id>.yaml and stacks/<id>.yaml (or .yml)")
            ])
    }

    /// No location: the problem is a file that is not there, and a directory has no line 1.
    public static func missingVocabulary(_ name: String, catalogPath: String) -> Diagnostic {
        Diagnostic(
            .missingFile, "the catalog '\(catalogPath)' has no \(name)", at: nil,
            notes: [.init("create \(catalogPath)/\(name): every catalog needs its categories, roles and relations")])
    }

    static package func emptyDocument(at location: SourceLocation, expected: String) -> Diagnostic {
        Diagnostic(.emptyFile, "the file is empty; expected \(expected)", at: location)
    }

    // MARK: Keys and values

    static package func unknownKey(_ key: String, at location: SourceLocation, suggestion: String?, allowed: [String]) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let suggestion {
            notes.append(.init("did you mean '\(suggestion)'?", at: location))
        } else {
            notes.append(.init("known keys: \(allowed.joined(separator: ", "))"))
        }
        return Diagnostic(.unknownKey, "unknown key '\(key)'", at: location, notes: notes, replacement: suggestion)
    }

    static package func missingKey(_ key: String, in what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingKey, "\(what) has no '\(key)'", at: location,
            notes: [.init("add '\(key):'")])
    }

    static package func keyNotString(found: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "a key must be a string, found \(found)", at: location)
    }

    static package func wrongType(
        _ key: String, expected: String, found: String, at location: SourceLocation,
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .wrongType, "'\(key)' must be \(expected), found \(found)", at: location,
            notes: hint.map { [.init($0)] } ?? [])
    }

    static package func controlCharacter(_ key: String, _ scalar: Unicode.Scalar, at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = [.init("a terminal acts on control characters instead of showing them; remove it")]
        if scalar == "\t" { notes.append(.init("a tab is allowed only in a description")) }
        return Diagnostic(
            .controlCharacter, "'\(key)' holds the control character \(ControlCharacters.describe(scalar))",
            at: location, notes: notes)
    }

    static package func emptyValue(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .emptyValue, "'\(key)' is empty", at: location,
            notes: [.init("give it a value, or remove the key if it is optional")])
    }

    static package func invalidYear(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "'since' must be a year such as 2015, found '\(text)'", at: location)
    }

    /// `problem` is `CalendarDate.problem(iso:)`'s: "must be a date written YYYY-MM-DD", or "is not a
    /// date in the calendar: February 2026 has 28 days".
    static package func invalidDate(_ key: String, _ text: String, problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "'\(key)' \(problem), found '\(text)'", at: location)
    }

    static package func invalidChoice(_ key: String, _ value: String, allowed: [String], at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let s = Suggestions.closest(to: value, among: allowed) { notes.append(.init("did you mean '\(s)'?", at: location)) }
        notes.append(.init("'\(key)' is one of: \(allowed.joined(separator: ", "))"))
        return Diagnostic(
            .invalidValue, "'\(value)' is not a valid \(key)", at: location, notes: notes,
            replacement: Suggestions.closest(to: value, among: allowed))
    }

    static package func summaryMultiline(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .summaryFormat, "'summary' must be a single line", at: location,
            notes: [.init("put longer text under 'description'")])
    }

    static package func notOneLine(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .singleLine, "'\(key)' must be a single line", at: location,
            notes: [.init("write it on one line; longer text goes under 'description'")])
    }

    static package func lineTooLong(_ key: String, length: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .singleLine, "'\(key)' is \(length) characters long; the limit is \(limit)", at: location,
            notes: [.init("shorten it; longer text goes under 'description'")])
    }

    static package func summaryTooLong(_ length: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .summaryFormat, "'summary' is \(length) characters long; the limit is \(limit)",
            at: location, notes: [.init("shorten it, and put longer text under 'description'")])
    }

    static package func invalidURL(_ key: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUrl, "'\(value)' is not an http(s) URL", at: location,
            notes: [.init("'\(key)' takes an absolute URL starting with https:// or http://")])
    }

    static package func invalidContact(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidContact, "contact '\(value)' is neither an email address nor an http(s) URL", at: location,
            notes: [.init("write an address such as team@example.com, or a page such as https://chat.example.com/team")])
    }

    static package func invalidSource(_ key: String, _ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUrl, "'\(value)' in '\(key)' is neither an http(s) URL nor a path inside the repository", at: location,
            notes: [.init("an in-house tool cites http(s) pages, internal ones too, or relative paths such as docs/adr/0001.md")])
    }

    static package func missingOwner(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingOwner, "in-house tool '\(id)' has no owner", at: location,
            notes: [.init("add 'owner: TEAM' with a team id from teams.yaml")])
    }

    static package func staleReview(
        _ component: String, stack: String, reviewed: String?, days: Int?, maxAge: Int, reference: String,
        at location: SourceLocation
    ) -> Diagnostic {
        let message: String
        if let reviewed, let days {
            message = "component '\(component)' of stack '\(stack)' was last reviewed on \(reviewed), \(days) days before \(reference) (more than \(maxAge))"
        } else {
            message = "component '\(component)' of stack '\(stack)' has no review date"
        }
        return Diagnostic(
            .staleReview, message, at: location,
            notes: [.init("review its ring and set 'reviewed: YYYY-MM-DD'")])
    }

    /// A tool or stack whose own `reviewed` date is too old (one without a date is not checked).
    static package func staleFactReview(
        _ kind: String, _ id: String, reviewed: String, days: Int, maxAge: Int, today: String,
        at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .staleReview, "\(kind) '\(id)' was last reviewed on \(reviewed), \(days) days before \(today) (more than \(maxAge))",
            at: location, notes: [.init("check its facts against their sources and set 'reviewed: YYYY-MM-DD'")])
    }

    static package func invalidColor(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidValue, "'\(value)' is not a colour written #rrggbb", at: location)
    }

    static func invalidLicense(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidValue, "'\(value)' is not an SPDX licence identifier", at: location,
            notes: [.init("write an SPDX identifier such as Apache-2.0 or MIT, an SPDX expression, or Proprietary")])
    }

    static package func componentKind(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidComponent, "a component has either 'tool' (a catalog tool) or 'id' and 'name' (an in-house part)",
            at: location)
    }

    static package func duplicateValue(_ key: String, _ value: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateValue, "'\(value)' is listed twice in '\(key)'", at: location,
            notes: [.init("first listed here", at: first)])
    }

    // MARK: Ids

    static package func invalidID(_ id: String, at location: SourceLocation) -> Diagnostic {
        let reason: String
        if id.count > 64 {
            reason = "it is \(id.count) characters long; the limit is 64"
        } else {
            reason = "an id is lower-case letters and digits in words joined by single hyphens"
        }
        let fixed = suggestedID(for: id)
        var notes: [Diagnostic.Note] = [.init(reason)]
        if let fixed, fixed != id { notes.append(.init("for example '\(fixed)'")) }
        return Diagnostic(.invalidId, "'\(id)' is not a valid id", at: location, notes: notes)
    }

    /// The extension of the file at `location` (`.yaml`, `.yml`, `.YAML`), to name it as it is.
    private static func fileExtension(_ location: SourceLocation) -> String {
        let name = location.path.split(separator: "/").last ?? ""
        return CatalogLayout.yamlStem(name).map { String(name[$0.endIndex...]) } ?? ".yaml"
    }

    static package func invalidFileName(_ name: String, at location: SourceLocation) -> Diagnostic {
        let ext = fileExtension(location)
        var notes: [Diagnostic.Note] = [.init("the file name is the id: lower-case kebab-case, at most 64 characters, then .yaml or .yml")]
        if let fixed = suggestedID(for: name) { notes.append(.init("rename it to '\(fixed)\(ext)'")) }
        return Diagnostic(.invalidId, "file name '\(name)\(ext)' does not make a valid id", at: location, notes: notes)
    }

    static package func idMismatch(_ id: String, fileID: String, at location: SourceLocation) -> Diagnostic {
        let ext = fileExtension(location)
        return Diagnostic(
            .idMismatch, "id '\(id)' does not match the file name '\(fileID)\(ext)'", at: location,
            notes: [.init("rename the file to '\(id)\(ext)', or remove the 'id' key")])
    }

    static package func duplicateID(_ kind: String, _ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "\(kind) id '\(id)' is already used", at: location,
            notes: [.init("'\(id)' is first defined here", at: first)])
    }

    static package func aliasClash(_ alias: String, owner: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .ambiguousAlias, "alias '\(alias)' is also the id or an alias of '\(owner)'",
            at: location, notes: [.init("searches for '\(alias)' cannot tell the two apart; remove one")])
    }

    /// A best-effort kebab-case version of an invalid id, for the note.
    static package func suggestedID(for text: String) -> String? {
        var out = ""
        var pendingHyphen = false
        // Accented letters keep their base letter (ü → u, é → e), as search folds them.
        for scalar in TextFolding.fold(text).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        guard !out.isEmpty else { return nil }
        return String(out.prefix(64)).trimmingTrailingHyphens()
    }

    // MARK: References

    /// A reference that resolves to nothing, such as an unknown relation target.
    static package func unknownReference(
        _ what: String, _ id: String, at location: SourceLocation,
        suggestion: String?, aliasOf: String? = nil
    ) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let aliasOf {
            notes.append(.init("'\(id)' is an alias of '\(aliasOf)'; references use ids: write '\(aliasOf)'", at: location))
        } else if let suggestion {
            notes.append(.init("did you mean '\(suggestion)'?", at: location))
        }
        return Diagnostic(
            .unknownReference, "unknown \(what) '\(id)'", at: location, notes: notes,
            replacement: aliasOf ?? suggestion)
    }

    static package func radarQuadrantCount(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "the radar has \(count) quadrant\(count == 1 ? "" : "s"); it needs exactly 4", at: location,
            notes: [.init("a radar is a circle in four quarters: group the top-level categories into four quadrants")])
    }

    static package func radarCategoryNotTopLevel(_ id: String, top: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "radar quadrants hold top-level categories; '\(id)' is inside '\(top)'", at: location,
            notes: [.init("write '\(top)': its sub-categories go with it", at: location)], replacement: top)
    }

    static package func radarCategoryTwice(_ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "category '\(id)' is in two radar quadrants", at: location,
            notes: [.init("first placed here", at: first)])
    }

    static package func categoryCycle(_ cycle: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .categoryCycle, "category parents form a cycle: \(cycle.joined(separator: " → "))",
            at: location, notes: [.init("categories form a tree: remove one of these 'parent' links")])
    }

    /// A value under a `# replace:` line: `instead` is what the line says to write.
    static package func placeholderMarked(_ key: String, instead: String, at location: SourceLocation) -> Diagnostic {
        let what = instead.isEmpty ? "" : ": " + instead
        return Diagnostic(
            .placeholder, "'\(key)' is a stand-in that 'stackcat new' wrote; replace it\(what)", at: location,
            notes: [.init("write the real value, then delete the '\(Placeholder.marker)' line above it")])
    }

    /// A stand-in value of `new` left without its marker.
    static package func placeholderValue(_ key: String, value: String, instead: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .placeholder, "'\(key)' is still the stand-in that 'stackcat new' wrote: \(value)", at: location,
            notes: [.init(instead)])
    }

    static package func teamCycle(_ cycle: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .teamCycle, "team parents form a cycle: \(cycle.joined(separator: " → "))",
            at: location, notes: [.init("teams form a tree: remove one of these 'parent' links")])
    }

    static package func categoryDepth(_ id: String, depth: Int, path: [String], at location: SourceLocation) -> Diagnostic {
        let chain = path.count <= 6 ? path : Array(path.prefix(3)) + ["…"] + Array(path.suffix(2))
        return Diagnostic(
            .categoryDepth,
            "category '\(id)' is \(depth) levels deep; categories nest at most \(CategoryHierarchy.depthLimit) levels below a top-level category",
            at: location,
            notes: [.init("its chain: \(chain.joined(separator: " → ")); give it a parent higher up, or make it top-level by removing its 'parent'")])
    }

    static package func selfRelation(_ id: String, type: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.selfRelation, "'\(id)' cannot have a '\(type)' relation to itself", at: location)
    }

    static package func duplicateRelation(_ type: String, target: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateRelation, "relation '\(type)' to '\(target)' is declared twice", at: location,
            notes: [.init("first declared here", at: first)])
    }

    static package func symmetricRelationTwice(
        _ type: String, source: String, target: String, at location: SourceLocation,
        other: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .duplicateRelation, "'\(type)' is symmetric and '\(target)' already declares it with '\(source)'", at: location,
            notes: [.init("declared from the other end here; keep one of the two", at: other)])
    }

    static package func supersededWithoutSuccessor(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingSuccessor, "'\(id)' is superseded but names no successor", at: location,
            notes: [.init("add a relation '- type: superseded-by' with the successor as its target")])
    }

    static package func successorButNotSuperseded(_ id: String, lifecycle: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .successorLifecycle, "'\(id)' names a successor but its lifecycle is '\(lifecycle)'", at: location,
            notes: [.init("set 'lifecycle: superseded'")])
    }

    static package func missingSources(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingSources, "'\(id)' cites no sources", at: location,
            notes: [.init("add 'sources:' with the public pages its facts come from")])
    }

    static package func inHouseShadowsTool(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "in-house component '\(id)' has the id of a catalog tool", at: location,
            notes: [.init("write 'tool: \(id)' to use the catalog tool, or pick another id")])
    }
}

extension String {
    func trimmingTrailingHyphens() -> String {
        var s = self
        while s.hasSuffix("-") { s.removeLast() }
        return s
    }
}
