/// The checks of the rules on a loaded catalog: one function a rule, in its rule's file
/// (`Rules/Rule+Name.swift`, as `extension CatalogRules`), beside its declaration and messages. Each
/// says its scope in its name's doc line:
///
/// - **per tool**: `func name(_ tool: Tool, scope: ToolScope, into: inout ToolFindings)` reads the tool
///   and, of the rest of the catalog, only what `ToolScope` answers; run for every tool on every core.
/// - **catalog-wide**: `func name(in catalog: Catalog, ...) -> [Diagnostic]`, run once.
///
/// `CatalogValidator` (StackcatValidation) is the driver: it runs them in a fixed order, so that
/// diagnostics at the same position keep their order. Rules checked while files are read (YAML, keys,
/// values) are checked by the reader and the loader, which each such rule file names.
package enum CatalogRules {}

/// What a per-tool check may read besides its tool: the catalog's ids, aliases and vocabularies,
/// never another tool's facts. Two scopes with equal `key`s answer every question alike, which is what
/// lets a tool's findings be kept while its own file is unchanged (`ToolCheckMemo`).
package struct ToolScope: Sendable {
    /// Everything a per-tool check reads of the catalog, as values.
    package struct Key: Sendable, Equatable {
        /// Category ids in catalog order (the order of "did you mean" candidates).
        package var categoryIDs: [String]
        package var roleIDs: [String]
        /// Relation type ids in catalog order, with whether each is symmetric.
        package var relationTypes: [String]
        package var symmetric: [Bool]
        package var toolIDs: [String]
        /// Tool ids whose file could not be read: references to them are not reported.
        package var unreadableToolIDs: Set<String>
        package var teamIDs: [String]
        /// Alias → the id of the tool that owns it.
        package var aliasOwners: [String: String]
    }

    package let key: Key
    /// The catalog's indexes, for lookups that the key determines.
    private let catalog: Catalog

    package init(_ catalog: Catalog) {
        var owners: [String: String] = [:]
        for alias in catalog.aliases { owners[alias] = catalog.toolID(forAlias: alias) }
        key = Key(
            categoryIDs: catalog.categories.map(\.id.value), roleIDs: catalog.roles.map(\.id.value),
            relationTypes: catalog.relationTypes.map(\.id.value), symmetric: catalog.relationTypes.map(\.symmetric),
            toolIDs: catalog.tools.map(\.id), unreadableToolIDs: catalog.unreadableToolIDs,
            teamIDs: catalog.teams.map(\.id.value), aliasOwners: owners)
        self.catalog = catalog
    }

    package func hasCategory(_ id: String) -> Bool { catalog.hasCategory(id) }
    package func hasRole(_ id: String) -> Bool { catalog.hasRole(id) }
    /// A tool of the catalog (not counting those whose file could not be read).
    package func hasToolID(_ id: String) -> Bool { catalog.hasTool(id) }
    package func hasTeam(_ id: String) -> Bool { catalog.team(id) != nil }
    /// A tool of the catalog, or one whose file was there but could not be read.
    package func toolExists(_ id: String) -> Bool { catalog.hasTool(id) || catalog.unreadableToolIDs.contains(id) }
    /// Whether the relation type is declared, and whether it is symmetric.
    package func relationType(_ id: String) -> (declared: Bool, symmetric: Bool) {
        guard let type = catalog.relationType(id) else { return (false, false) }
        return (true, type.symmetric)
    }

    /// The problem with a reference that resolves to nothing: "did you mean" among `known` (and, when
    /// `aliasesCount`, the owners of aliases); nil when it resolves.
    package func referenceProblem(
        _ what: String, _ ref: Located<String>, path: String, known: [String], resolves: Bool, aliasesCount: Bool = false
    ) -> Diagnostic? {
        guard !resolves else { return nil }
        let owners = key.aliasOwners
        let owner = aliasesCount ? owners[ref.value] : nil
        let suggestion =
            Suggestions.closest(to: ref.value, among: known)
            ?? (aliasesCount ? Suggestions.closest(to: ref.value, among: owners.keys.sorted()).flatMap { owners[$0] } : nil)
        return Diagnostics.unknownReference(
            what, ref.value, at: SourceLocation(path: path, span: ref.span), suggestion: suggestion, aliasOf: owner)
    }
}

/// What the per-tool checks find for one tool (or a share of the tools): diagnostics, and the
/// symmetric relations declared, which `duplicate-relation` matches across tools afterwards.
package struct ToolFindings: Sendable {
    package var diagnostics: [Diagnostic] = []
    package var symmetric: [SymmetricRelation] = []

    package init() {}

    mutating package func add(_ problem: Diagnostic?) {
        if let problem { diagnostics.append(problem) }
    }

    package static func += (lhs: inout ToolFindings, rhs: ToolFindings) {
        lhs.diagnostics += rhs.diagnostics
        lhs.symmetric += rhs.symmetric
    }
}

/// A symmetric relation declared by one tool: the same relation declared from its other end is a
/// duplicate.
package struct SymmetricRelation: Sendable {
    /// The relation whichever end declares it.
    package struct Key: Hashable, Sendable {
        var type: String
        var low: String
        var high: String
    }

    package var key: Key
    package var source: String
    package var target: String
    package var here: SourceLocation
}
