import StackcatIO
import StackcatModel

/// The driver of the checks on a loaded catalog, each of which is in its rule's file (`CatalogRules`):
/// the per-tool checks for every tool on every core, and the catalog-wide ones once, always in this
/// order, so that diagnostics at one position keep their order.
public enum CatalogValidator {
    public static func validate(_ catalog: Catalog) -> [Diagnostic] {
        let scope = ToolScope(catalog)
        let parts = Parallel.fold(catalog.tools.count, initial: { ToolFindings() }) { findings, index in
            checkTool(catalog.tools[index], scope: scope, into: &findings)
        }
        return validate(catalog, scope: scope, toolFindings: parts)
    }

    /// The per-tool checks of one tool, in order. Each reads the tool and, of the rest of the catalog,
    /// only what `scope` answers.
    static func checkTool(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        CatalogRules.unknownReference(tool, scope: scope, into: &findings)
        CatalogRules.ambiguousAlias(tool, scope: scope, into: &findings)
        CatalogRules.selfRelation(tool, scope: scope, into: &findings)
        CatalogRules.duplicateRelation(tool, scope: scope, into: &findings)
        CatalogRules.missingSuccessor(tool, scope: scope, into: &findings)
        CatalogRules.successorLifecycle(tool, scope: scope, into: &findings)
        CatalogRules.missingOwner(tool, scope: scope, into: &findings)
        CatalogRules.missingSources(tool, scope: scope, into: &findings)
        CatalogRules.lifecycleSince(tool, scope: scope, into: &findings)
    }

    /// The catalog-wide checks, around the per-tool findings (given in tool order). A reference is
    /// checked before the duplicate at the same place (a stack's component), a duplicate id before a
    /// missing source (both at a file's start), as the output has always had them.
    static func validate(_ catalog: Catalog, scope: ToolScope, toolFindings: some Sequence<ToolFindings>) -> [Diagnostic] {
        var found = CatalogRules.unknownReference(in: catalog, scope: scope)
        found += CatalogRules.duplicateId(in: catalog)
        found += CatalogRules.categoryCycle(in: catalog)
        found += CatalogRules.categoryDepth(in: catalog)
        found += CatalogRules.teamCycle(in: catalog)
        found += CatalogRules.radarQuadrants(in: catalog)
        var symmetric: [SymmetricRelation] = []
        for part in toolFindings {
            found += part.diagnostics
            symmetric += part.symmetric
        }
        found += CatalogRules.duplicateRelation(symmetric: symmetric)
        found += CatalogRules.selfRelation(in: catalog)
        found += CatalogRules.missingSources(in: catalog)
        found += CatalogRules.cncfRepositoryMismatch(in: catalog)
        found += CatalogRules.lifecycleInAdopt(in: catalog)
        return found
    }
}
