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
        throw Refusal("'\(id)' is not a valid \(kind) id: ids are lower-case kebab-case ([a-z0-9]+(-[a-z0-9]+)*), at most \(Identifier.maxLength) characters",
                      note: suggestion)
    }

    /// Refuses an id that a tool or stack has already (they share one namespace), or that a file in
    /// `tools/` or `stacks/` is named after, whatever its YAML extension.
    /// - Parameter fileNames: the names in `tools/` and `stacks/`, as `tools/x.yaml`.
    public static func checkUnused(_ id: String, in catalog: Catalog, fileNames: [String]) throws(Refusal) {
        for name in fileNames {
            let base = name.split(separator: "/").last.map(String.init) ?? name
            guard let dot = base.lastIndex(of: ".") else { continue }
            let stem = base[..<dot], ext = base[base.index(after: dot)...].lowercased()
            if stem == id, ext == "yaml" || ext == "yml" {
                throw Refusal("'\(id)' exists already: \(name)", note: "pick another id, or edit that file")
            }
        }
        if catalog.hasTool(id) { throw Refusal("'\(id)' exists already: a tool has that id", note: "pick another id") }
        if catalog.stack(id) != nil { throw Refusal("'\(id)' exists already: a stack has that id", note: "tools and stacks share one namespace; pick another id") }
    }

    /// Refuses a rendered entry that `validate` would find fault with on its own (a homepage that is
    /// not a URL, a two-line summary, a licence that is no SPDX expression): the validator's own
    /// rules, so the skeleton validates whatever the options said. References were checked already.
    public static func checkAlone(_ contents: String, relativePath: String) throws(Refusal) {
        let check = CatalogCheck(files: [CatalogFile(relativePath: relativePath, displayPath: relativePath, contents: contents)])
        let problems = check.diagnostics.filter { $0.severity == .error && $0.rule != .unknownReference }
        guard let first = problems.first else { return }
        throw Refusal("the options make an entry that does not validate: \(first.message)",
                      note: first.notes.first?.message ?? "check the values given to the options")
    }

    public struct ToolOptions: Sendable {
        public var name: String?
        public var summary: String?
        public var homepage: String?
        public var license: String?
        public var sources: [String] = []

        public init() {}
    }

    /// A tool skeleton: what the options give, and for the rest values that validate, each with a
    /// comment saying what to put there instead.
    public static func tool(id: String, category: String, options: ToolOptions, in catalog: Catalog) throws(Refusal) -> ToolDraft {
        try checkID(id, kind: "tool")
        let categoryEntry: Category
        do throws(UnknownIDError) {
            categoryEntry = try catalog.requireCategory(category)
        } catch {
            throw Refusal(error)
        }
        let name = options.name ?? EntryTemplate.name(fromID: id)
        var draft = ToolDraft(id: id, name: name, category: category,
                              summary: options.summary ?? "\(name): \(categoryEntry.name).",
                              homepage: options.homepage ?? "https://github.com/search?q=\(id)&type=repositories",
                              license: options.license ?? "NOASSERTION")
        draft.sources = options.sources
        if options.summary == nil { draft.replace["summary"] = "one line on what it is and does" }
        if options.homepage == nil { draft.replace["homepage"] = "the project's own site (this is a search for it)" }
        if options.license == nil { draft.replace["license"] = "its SPDX licence id, such as Apache-2.0, or Proprietary (NOASSERTION: not known yet)" }
        draft.replace["hosting"] = "check that this is the one that fits"
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
        public var tools: [String] = []
        public var sources: [String] = []

        public init() {}
    }

    /// A stack skeleton: the tools given as components (each a catalog tool's id or alias, resolved as
    /// every command resolves one), or one in-house component to rename when none is given.
    public static func stack(id: String, options: StackOptions, date: String, in catalog: Catalog) throws(Refusal) -> StackDraft {
        try checkID(id, kind: "stack")
        var parts: [StackDraft.Part] = []
        for given in options.tools {
            // An alias is written as the tool's own id, which is what a stack file references.
            let tool: String
            do throws(UnknownIDError) {
                tool = try catalog.resolveTool(given).id
            } catch {
                throw Refusal(error)
            }
            if !parts.contains(where: { $0.kind == .tool(tool) }) { parts.append(.init(.tool(tool))) }
        }
        let name = options.name ?? EntryTemplate.name(fromID: id)
        var replace: [String: String] = [:]
        if parts.isEmpty {
            var componentID = String(id.prefix(Identifier.maxLength - 4))
            while componentID.hasSuffix("-") { componentID.removeLast() }
            componentID += "-app"
            parts.append(.init(.inHouse(id: componentID, name: "\(name) application (in-house)", category: nil)))
            replace["components"] = "list the catalog tools ('- tool: ID') and in-house parts of the stack"
        }
        var draft = StackDraft(id: id, name: name, summary: options.summary ?? "The \(name) stack.", components: parts)
        if options.summary == nil { replace["summary"] = "one line on what the stack is for" }
        draft.replace = replace
        draft.asOf = date
        draft.sources = options.sources
        return draft
    }
}
