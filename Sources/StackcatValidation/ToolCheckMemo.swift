import StackcatIO
import StackcatModel

/// `CatalogValidator.validate` for an editor that checks the same catalog again after each edit: the
/// per-tool findings are kept by tool file, and a tool is checked again only when its file changed or
/// when something a per-tool check reads of the rest of the catalog changed (`ToolScope.Key`: the
/// ids of categories, roles, relation types and whether each is symmetric, tools, unreadable tools
/// and teams, and the aliases' owners), in which case every tool is. The catalog-wide checks run
/// every time. The diagnostics are `CatalogValidator.validate`'s, in the same order.
public struct ToolCheckMemo: Sendable {
    private var key: ToolScope.Key?
    /// By the tool's (display) path.
    private var findings: [String: ToolFindings] = [:]
    /// How many tools the last call checked (the others' findings were kept).
    public private(set) var lastChecked = 0

    public init() {}

    /// `changed`: the display paths of the files whose contents differ from the last call's (a new
    /// file too); every other tool must be the same value as then, as a tool is read from its file alone.
    public mutating func validate(_ catalog: Catalog, changed: Set<String>) -> [Diagnostic] {
        let scope = ToolScope(catalog)
        if key != scope.key {
            key = scope.key
            findings = [:]
        }
        let tools = catalog.tools
        // (Read in place: a copy of `findings` would be copied whole at the first write below.)
        let stale = tools.indices.filter { changed.contains(tools[$0].path) || findings[tools[$0].path] == nil }
        lastChecked = stale.count
        let parts = Parallel.fold(stale.count, initial: { [(path: String, findings: ToolFindings)]() }) { part, position in
            var found = ToolFindings()
            CatalogValidator.checkTool(tools[stale[position]], scope: scope, into: &found)
            part.append((tools[stale[position]].path, found))
        }
        for part in parts {
            for entry in part { findings[entry.path] = entry.findings }
        }
        // Every tool has its entry now: more entries than tools are those of files gone.
        if findings.count != tools.count {
            let paths = Set(tools.map(\.path))
            findings = findings.filter { paths.contains($0.key) }
        }
        let kept = findings
        return CatalogValidator.validate(catalog, scope: scope, toolFindings: tools.indices.lazy.map { kept[tools[$0].path]! })
    }
}
