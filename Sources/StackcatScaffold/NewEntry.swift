import StackcatLoading
import StackcatModel
import StackcatQuery
import StackcatValidation

/// The drafts `stackcat new tool` and `new stack` write, and the checks before them: a well-formed id
/// that no tool, stack or file has yet, and references that resolve in the catalog in use.
public enum NewEntry {
    /// Why an entry cannot be added. `message` and `note` are printed as they are.
    public struct Refusal: Error, Sendable, Equatable {
        public var message: String
        public var note: String?

        public init(_ message: String, note: String? = nil) {
            self.message = message
            self.note = note
        }

        init(_ error: UnknownIDError) {
            self.init(error.message, note: error.note)
        }
    }

    /// Refuses an id that is not lower-case kebab-case of at most 64 characters, suggesting one that is.
    public static func checkID(_ id: String, kind: String) throws(Refusal) {
        guard !Identifier.isValid(id) else { return }
        let suggestion = Diagnostics.suggestedID(for: id).map { "try '\($0)'" }
        throw Refusal(
            "'\(id)' is not a valid \(kind) id: ids are lower-case kebab-case ([a-z0-9]+(-[a-z0-9]+)*), at most \(Identifier.maxLength) characters",
            note: suggestion)
    }

    /// Refuses an id that a tool or stack has already (they share one namespace), or that a file in
    /// `tools/` or `stacks/` is named after, whatever its YAML extension.
    /// - Parameter fileNames: the names in `tools/` and `stacks/`, as `tools/x.yaml`.
    public static func checkUnused(_ id: String, in catalog: Catalog, fileNames: [String]) throws(Refusal) {
        for name in fileNames {
            let base = name.split(separator: "/").last.map(String.init) ?? name
            guard let dot = base.lastIndex(of: ".") else { continue }
            let stem = base[..<dot]
            let ext = base[base.index(after: dot)...].lowercased()
            if stem == id, ext == "yaml" || ext == "yml" {
                throw Refusal("'\(id)' exists already: \(name)", note: "pick another id, or edit that file")
            }
        }
        if catalog.hasTool(id) { throw Refusal("'\(id)' exists already: a tool has that id", note: "pick another id") }
        if catalog.stack(id) != nil {
            throw Refusal("'\(id)' exists already: a stack has that id", note: "tools and stacks share one namespace; pick another id")
        }
    }

    /// Refuses a rendered entry that `validate` would find fault with on its own (a homepage that is
    /// not a URL, a two-line summary, a licence that is no SPDX expression): the validator's own
    /// rules, so the skeleton validates whatever the options said. References were checked already.
    public static func checkAlone(_ contents: String, relativePath: String) throws(Refusal) {
        let check = CatalogCheck(files: [CatalogFile(relativePath: relativePath, displayPath: relativePath, contents: contents)])
        let problems = check.diagnostics.filter { $0.severity == .error && $0.rule != .unknownReference }
        guard let first = problems.first else { return }
        throw Refusal(
            "the options make an entry that does not validate: \(first.message)",
            note: first.notes.first?.message ?? "check the values given to the options")
    }

    public struct ToolOptions: Sendable {
        public var name: String?
        public var summary: String?
        public var homepage: String?
        public var license: String?
        public var sources: [String] = []
        /// A `Hosting` raw value; without it, `self-hosted` as a stand-in.
        public var hosting: String?
        /// A team id from teams.yaml.
        public var owner: String?
        /// `YYYY-MM-DD` the facts were checked; the caller passes today when none is given.
        public var reviewed: String?

        public init() {}
    }

    /// The hosting model named on the command line, with "did you mean" among the model's values.
    public static func hosting(_ given: String) throws(Refusal) -> Hosting {
        if let hosting = Hosting(rawValue: given) { return hosting }
        let values = Hosting.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: given, among: values)
        throw Refusal(
            "unknown hosting '\(given)'",
            note: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "hosting is one of: " + values.joined(separator: ", "))
    }

    /// A team id that teams.yaml has, with "did you mean", or how to add one when there is none.
    public static func team(_ given: String, in catalog: Catalog, as what: String = "team") throws(Refusal) {
        do throws(UnknownIDError) {
            try catalog.requireTeam(given)
        } catch {
            let note =
                error.suggestion == nil && catalog.teams.isEmpty
                ? "the catalog has no teams yet: add one with 'stackcat new team \(given) --name NAME'" : error.note
            throw Refusal("unknown \(what) '\(given)'", note: note)
        }
    }

    /// A `YYYY-MM-DD` date from the command line.
    public static func date(_ given: String, option: String) throws(Refusal) -> String {
        if let problem = CalendarDate.problem(iso: given) {
            throw Refusal("\(option) '\(given)' \(problem)", note: "write the date as YYYY-MM-DD, as in 2026-01-31")
        }
        return given
    }

    /// Ids for a note: all of them when few, else the first ones and how many more.
    static func listed(_ ids: [String], limit: Int = 12) -> String {
        let sorted = ids.sorted { $0.utf8Precedes($1) }
        guard sorted.count > limit else { return sorted.joined(separator: ", ") }
        return sorted.prefix(limit).joined(separator: ", ") + " and \(sorted.count - limit) more"
    }

    /// A tool skeleton: what the options give, and for the rest values that validate, each with a
    /// comment saying what to put there instead. An in-house tool needs an owner and no homepage,
    /// licence or sources; a licence is written in the SPDX License List's case.
    public static func tool(id: String, category: String, options: ToolOptions, in catalog: Catalog) throws(Refusal) -> ToolDraft {
        try checkID(id, kind: "tool")
        let categoryEntry: Category
        do throws(UnknownIDError) {
            categoryEntry = try catalog.requireCategory(category)
        } catch {
            throw Refusal(error)
        }
        let hosting = try options.hosting.map { given throws(Refusal) in try Self.hosting(given) }
        if let owner = options.owner { try team(owner, in: catalog, as: "owner") }
        if hosting == .inHouse && options.owner == nil {
            throw Refusal(
                "an in-house tool needs an owner: give --owner TEAM",
                note: catalog.teams.isEmpty
                    ? "the catalog has no teams yet: add one with 'stackcat new team ID --name NAME'"
                    : "teams.yaml has: " + listed(catalog.teams.map(\.id.value)))
        }
        let reviewed = try options.reviewed.map { given throws(Refusal) in try date(given, option: "--reviewed") }
        let inHouse = hosting == .inHouse
        let name = options.name ?? EntryTemplate.name(fromID: id)
        let license = options.license.map(SPDXLicense.canonicalCase)
        var draft = ToolDraft(
            id: id, name: name, category: category,
            summary: options.summary ?? Placeholder.toolSummary(name: name, categoryName: categoryEntry.name),
            homepage: options.homepage ?? Placeholder.homepage(forID: id),
            license: license ?? Placeholder.license)
        draft.sources = options.sources
        if options.summary == nil { draft.replace["summary"] = "one line on what it is and does" }
        if inHouse {
            // Optional for a team's own service: written only when given.
            if options.homepage == nil { draft.values["homepage"] = nil }
            if license == nil { draft.values["license"] = nil }
        } else {
            if options.homepage == nil { draft.replace["homepage"] = "the project's own site (this is a search for it)" }
            if license == nil { draft.replace["license"] = "its SPDX licence id, such as Apache-2.0, or Proprietary (NOASSERTION: not known yet)" }
        }
        if let hosting {
            draft.values["hosting"] = .choice(hosting.rawValue)
        } else {
            draft.replace["hosting"] = "check that this is the one that fits (or give --hosting)"
        }
        if let owner = options.owner { draft.values["owner"] = .team(owner) }
        if let reviewed { draft.values["reviewed"] = .text(reviewed) }
        draft.suggestedRoles = rolesUsed(in: category, catalog: catalog)
        return draft
    }

    /// Up to five roles that tools of the category have, the most common first.
    static func rolesUsed(in category: String, catalog: Catalog) -> [String] {
        var counts: [String: Int] = [:]
        for tool in catalog.tools where tool.category.value == category {
            for role in tool.roles where catalog.hasRole(role.value) { counts[role.value, default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8Precedes($1.key) }.prefix(5).map(\.key)
    }

    public struct StackOptions: Sendable {
        public var name: String?
        public var summary: String?
        /// Catalog tools (ids or aliases), each with its ring after '=' (`argo-cd=trial`); adopt without one.
        public var tools: [String] = []
        public var sources: [String] = []
        /// The team that owns the components, written on each.
        public var owner: String?
        /// `YYYY-MM-DD` the stack's rings were reviewed; the caller passes today when none is given.
        public var reviewed: String?

        public init() {}
    }

    /// `ID` or `ID=RING` from `--component`: the ring checked, with "did you mean".
    public static func component(_ given: String) throws(Refusal) -> (id: String, ring: Ring?) {
        guard let equals = given.firstIndex(of: "=") else { return (given, nil) }
        let id = String(given[..<equals])
        let ringText = String(given[given.index(after: equals)...])
        if let ring = Ring(rawValue: ringText) { return (id, ring) }
        let rings = Ring.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: ringText, among: rings)
        throw Refusal(
            "unknown ring '\(ringText)' in '--component \(given)'",
            note: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "a ring is one of: " + rings.joined(separator: ", "))
    }

    /// A stack skeleton: the tools given as components (each a catalog tool's id or alias, resolved as
    /// every command resolves one, with its ring), or one in-house component to rename when none is given.
    public static func stack(id: String, options: StackOptions, date: String, in catalog: Catalog) throws(Refusal) -> StackDraft {
        try checkID(id, kind: "stack")
        if let owner = options.owner { try team(owner, in: catalog, as: "owner") }
        let reviewed = try options.reviewed.map { given throws(Refusal) in try Self.date(given, option: "--reviewed") }
        var parts: [StackDraft.Part] = []
        for given in options.tools {
            let (given, ring) = try component(given)
            // An alias is written as the tool's own id, which is what a stack file references.
            let tool: String
            do throws(UnknownIDError) {
                tool = try catalog.resolveTool(given).id
            } catch {
                var refusal = Refusal(error)
                if error.suggestion == nil && catalog.tools.isEmpty {
                    refusal.note = "the catalog has no tools yet: add one with 'stackcat new tool \(given) --category C'"
                }
                throw refusal
            }
            // The same tool twice (by id or alias) is one component; in two rings, a question only the user can answer.
            if let index = parts.firstIndex(where: { $0.kind == .tool(tool) }) {
                guard let ring, ring != parts[index].ring else { continue }
                throw Refusal(
                    "'\(tool)' is given twice as a component, in rings \(parts[index].ring.rawValue) and \(ring.rawValue)",
                    note: "give each tool once, with its one ring")
            }
            var part = StackDraft.Part(.tool(tool), ring: ring ?? .adopt)
            part.owner = options.owner
            parts.append(part)
        }
        let name = options.name ?? EntryTemplate.name(fromID: id)
        var replace: [String: String] = [:]
        if parts.isEmpty {
            var componentID = String(id.prefix(Identifier.maxLength - 4))
            while componentID.hasSuffix("-") { componentID.removeLast() }
            componentID += "-app"
            var part = StackDraft.Part(.inHouse(id: componentID, name: Placeholder.componentName(stackName: name), category: nil))
            part.owner = options.owner
            parts.append(part)
            replace["components"] = "list the catalog tools ('- tool: ID') and in-house parts of the stack"
        }
        var draft = StackDraft(id: id, name: name, summary: options.summary ?? Placeholder.stackSummary(name: name), components: parts)
        if options.summary == nil { replace["summary"] = "one line on what the stack is for" }
        draft.replace = replace
        draft.asOf = date
        draft.reviewed = reviewed ?? date
        draft.sources = options.sources
        return draft
    }
}
