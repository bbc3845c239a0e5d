import StackcatIO
import StackcatModel

/// Checks that span files: ids unique, every reference resolved, the category tree acyclic,
/// relations neither to oneself nor declared twice, successors named, owners known, sources cited.
public enum CatalogValidator {
    public static func validate(_ catalog: Catalog) -> [Diagnostic] {
        var v = Run(catalog: catalog)
        v.checkDuplicateIDs()
        v.checkCategories()
        v.checkTeams()
        v.checkRadar()
        v.checkTools()
        v.checkStacks()
        return v.diagnostics + CatalogConsistency.check(catalog)
    }

    private struct Run {
        let catalog: Catalog
        var diagnostics: [Diagnostic] = []
        /// Alias → the tool that owns it, for "did you mean" on references.
        let aliasOwners: [String: String]

        init(catalog: Catalog) {
            self.catalog = catalog
            var owners: [String: String] = [:]
            for alias in catalog.aliases { owners[alias] = catalog.toolID(forAlias: alias) }
            aliasOwners = owners
        }

        func at(_ path: String, _ span: SourceSpan) -> SourceLocation { SourceLocation(path: path, span: span) }

        mutating func checkDuplicateIDs() {
            func check(_ kind: String, _ entries: [(id: String, location: SourceLocation)]) -> [Diagnostic] {
                // Most catalogs have no duplicate: find that out with a set before sorting by position.
                var ids = Set<String>(minimumCapacity: entries.count)
                guard !entries.allSatisfy({ ids.insert($0.id).inserted }) else { return [] }
                var first: [String: SourceLocation] = [:]
                var found: [Diagnostic] = []
                for entry in entries.sorted(by: { ($0.location.path, $0.location.span.start.offset) < ($1.location.path, $1.location.span.start.offset) }) {
                    if let other = first[entry.id] {
                        found.append(Diagnostics.duplicateID(kind, entry.id, at: entry.location, first: other))
                    } else {
                        first[entry.id] = entry.location
                    }
                }
                return found
            }
            diagnostics += check("category", catalog.categories.map { ($0.id.value, at($0.path, $0.id.span)) })
            diagnostics += check("role", catalog.roles.map { ($0.id.value, at($0.path, $0.id.span)) })
            diagnostics += check("relation", catalog.relationTypes.map { ($0.id.value, at($0.path, $0.id.span)) })
            diagnostics += check("team", catalog.teams.map { ($0.id.value, at($0.path, $0.id.span)) })
            // Tools and stacks share one namespace: `show ID` takes either.
            diagnostics += check(
                "tool or stack",
                catalog.tools.map { ($0.id, at($0.path, .fileStart)) } + catalog.stacks.map { ($0.id, at($0.path, .fileStart)) })
            for index in catalog.tools.indices {
                let id = catalog.tools[index].id
                for alias in catalog.tools[index].aliases {
                    if catalog.hasTool(alias.value) && alias.value != id {
                        diagnostics.append(Diagnostics.aliasClash(alias.value, owner: alias.value, at: at(catalog.tools[index].path, alias.span)))
                    } else if let owner = aliasOwners[alias.value], owner != id {
                        diagnostics.append(Diagnostics.aliasClash(alias.value, owner: owner, at: at(catalog.tools[index].path, alias.span)))
                    }
                }
            }
        }

        mutating func reference(
            _ what: String, _ ref: Located<String>, path: String, known: [String], resolves: Bool,
            aliasesCount: Bool = false
        ) {
            if let problem = referenceProblem(what, ref, path: path, known: known, resolves: resolves, aliasesCount: aliasesCount) {
                diagnostics.append(problem)
            }
        }

        func referenceProblem(
            _ what: String, _ ref: Located<String>, path: String, known: [String], resolves: Bool,
            aliasesCount: Bool = false
        ) -> Diagnostic? {
            guard !resolves else { return nil }
            let owner = aliasesCount ? aliasOwners[ref.value] : nil
            let suggestion =
                Suggestions.closest(to: ref.value, among: known)
                ?? (aliasesCount ? Suggestions.closest(to: ref.value, among: aliasOwners.keys.sorted()).flatMap { aliasOwners[$0] } : nil)
            return Diagnostics.unknownReference(what, ref.value, at: at(path, ref.span), suggestion: suggestion, aliasOf: owner)
        }

        var categoryIDs: [String] { catalog.categories.map(\.id.value) }
        var teamIDs: [String] { catalog.teams.map(\.id.value) }

        func ownerProblem(_ owner: Located<String>, path: String, known: [String]) -> Diagnostic? {
            referenceProblem("team", owner, path: path, known: known, resolves: catalog.team(owner.value) != nil)
        }
        var toolIDs: [String] { catalog.tools.map(\.id) }

        /// The radar section: four quadrants, known top-level categories, each in one quadrant.
        mutating func checkRadar() {
            guard let radar = catalog.radar else { return }
            if radar.quadrants.count != 4 {
                diagnostics.append(Diagnostics.radarQuadrantCount(radar.quadrants.count, at: at(radar.path, radar.span)))
            }
            let ids = categoryIDs
            var first: [String: SourceSpan] = [:]
            for quadrant in radar.quadrants {
                for category in quadrant.categories {
                    reference("category", category, path: radar.path, known: ids, resolves: catalog.hasCategory(category.value))
                    guard catalog.hasCategory(category.value) else { continue }
                    if let top = catalog.topCategory(of: category.value), top != category.value {
                        diagnostics.append(Diagnostics.radarCategoryNotTopLevel(category.value, top: top, at: at(radar.path, category.span)))
                    } else if let span = first[category.value] {
                        diagnostics.append(Diagnostics.radarCategoryTwice(category.value, at: at(radar.path, category.span), first: at(radar.path, span)))
                    } else {
                        first[category.value] = category.span
                    }
                }
            }
        }

        mutating func checkCategories() {
            let ids = categoryIDs
            for category in catalog.categories {
                if let parent = category.parent {
                    reference(
                        "parent category", parent, path: category.path, known: ids,
                        resolves: catalog.hasCategory(parent.value))
                }
            }
            // Each cycle is reported once, at the category with the smallest id on it. The catalog
            // found them in one pass: a 20,000-deep chain is not walked once per category.
            for cycle in catalog.categoryCycles {
                let first = cycle[0]
                diagnostics.append(
                    Diagnostics.categoryCycle(
                        cycle.map(\.id.value) + [first.id.value],
                        at: at(first.path, first.parent!.span)))
            }
            // Too deep: reported at the first category past the limit on each chain, not at every one below it.
            for (category, depth) in catalog.categoryTree() where depth == CategoryHierarchy.depthLimit + 1 {
                diagnostics.append(
                    Diagnostics.categoryDepth(
                        category.id.value, depth: depth, path: catalog.categoryPath(category.id.value),
                        at: at(category.path, category.parent!.span)))
            }
        }

        /// Team parents resolve and form a tree. Each cycle is reported once, at the parent link of the
        /// team with the smallest id on it; one walk over the teams, however deep the chains.
        mutating func checkTeams() {
            let ids = teamIDs
            var parentOf: [String: Team] = [:]
            for team in catalog.teams {
                guard let parent = team.parent else { continue }
                reference("parent team", parent, path: team.path, known: ids, resolves: catalog.team(parent.value) != nil)
                if parentOf[team.id.value] == nil { parentOf[team.id.value] = team }
            }
            // 1: on the walk under way; 2: walked, on no cycle not yet reported.
            var state: [String: Int] = [:]
            for start in ids where state[start] == nil {
                var walk: [String] = []
                var current: String? = start
                while let id = current, state[id] == nil {
                    state[id] = 1
                    walk.append(id)
                    current = parentOf[id]?.parent?.value
                }
                if let id = current, state[id] == 1, let first = walk.firstIndex(of: id) {
                    let cycle = Array(walk[first...])
                    let smallest = cycle.min { $0.utf8Precedes($1) }!
                    let turn = cycle.firstIndex(of: smallest)!
                    let ordered = Array(cycle[turn...] + cycle[..<turn])
                    if let team = parentOf[smallest], let parent = team.parent {
                        diagnostics.append(Diagnostics.teamCycle(ordered + [smallest], at: at(team.path, parent.span)))
                    }
                }
                for id in walk { state[id] = 2 }
            }
        }

        /// A symmetric relation between two tools, whichever end declares it.
        struct SymmetricKey: Hashable {
            var type: String
            var low: String
            var high: String
        }

        /// What checking a share of the tools finds: its diagnostics, and the symmetric relations it
        /// declares, which are matched across tools afterwards.
        struct ToolFindings {
            var diagnostics: [Diagnostic] = []
            var symmetric: [(key: SymmetricKey, source: String, target: String, here: SourceLocation)] = []
        }

        /// Tools are checked on every core (each only reads the catalog); symmetric relations declared
        /// from both ends are then matched in tool order, as one pass would.
        mutating func checkTools() {
            let run = self
            let ids = (
                categories: categoryIDs, tools: toolIDs, roles: catalog.roles.map(\.id.value),
                relations: catalog.relationTypes.map(\.id.value), teams: teamIDs
            )
            let parts = Parallel.fold(catalog.tools.count, initial: { ToolFindings() }) { findings, index in
                run.checkTool(index, ids: ids, into: &findings)
            }
            var symmetricSeen: [SymmetricKey: SourceLocation] = [:]
            for part in parts {
                diagnostics += part.diagnostics
                for entry in part.symmetric {
                    if let other = symmetricSeen[entry.key] {
                        diagnostics.append(
                            Diagnostics.symmetricRelationTwice(
                                entry.key.type, source: entry.source,
                                target: entry.target, at: entry.here, other: other))
                    } else {
                        symmetricSeen[entry.key] = entry.here
                    }
                }
            }
        }

        func checkTool(
            _ index: Int, ids: (categories: [String], tools: [String], roles: [String], relations: [String], teams: [String]),
            into findings: inout ToolFindings
        ) {
            // Through `catalog.tools[index]` rather than a local copy, which would retain every field.
            let id = catalog.tools[index].id
            let path = catalog.tools[index].path
            func add(_ problem: Diagnostic?) { if let problem { findings.diagnostics.append(problem) } }
            let category = catalog.tools[index].category
            if !category.value.isEmpty {
                add(referenceProblem("category", category, path: path, known: ids.categories, resolves: catalog.hasCategory(category.value)))
            }
            for category in catalog.tools[index].categories {
                add(referenceProblem("category", category, path: path, known: ids.categories, resolves: catalog.hasCategory(category.value)))
            }
            for role in catalog.tools[index].roles {
                add(referenceProblem("role", role, path: path, known: ids.roles, resolves: catalog.hasRole(role.value)))
            }
            let relations = catalog.tools[index].relations
            var hasSuccessor = false
            for (position, relation) in relations.enumerated() {
                let here = at(path, relation.target.span)
                let type = catalog.relationType(relation.type.value)
                add(referenceProblem("relation type", relation.type, path: path, known: ids.relations, resolves: type != nil))
                add(
                    referenceProblem(
                        "relation target", relation.target, path: path, known: ids.tools,
                        resolves: catalog.hasTool(relation.target.value)
                            || catalog.unreadableToolIDs.contains(relation.target.value), aliasesCount: true))
                if relation.type.value == "superseded-by" { hasSuccessor = true }
                if relation.target.value == id {
                    add(Diagnostics.selfRelation(id, type: relation.type.value, at: here))
                    continue
                }
                // Tools declare a handful of relations: a scan beats a dictionary here.
                if let first = relations[..<position].first(where: { $0.type.value == relation.type.value && $0.target.value == relation.target.value }) {
                    add(
                        Diagnostics.duplicateRelation(
                            relation.type.value, target: relation.target.value,
                            at: here, first: at(path, first.target.span)))
                    continue
                }
                if let type, type.symmetric {
                    let low = min(id, relation.target.value)
                    let high = max(id, relation.target.value)
                    findings.symmetric.append((SymmetricKey(type: relation.type.value, low: low, high: high), id, relation.target.value, here))
                }
            }
            let lifecycle = catalog.tools[index].lifecycle
            if lifecycle.value == .superseded && !hasSuccessor {
                add(Diagnostics.supersededWithoutSuccessor(id, at: at(path, lifecycle.span)))
            } else if hasSuccessor && lifecycle.value != .superseded && lifecycle.value != .archived {
                add(Diagnostics.successorButNotSuperseded(id, lifecycle: lifecycle.value.rawValue, at: at(path, lifecycle.span)))
            }
            if let owner = catalog.tools[index].owner {
                add(ownerProblem(owner, path: path, known: ids.teams))
            } else if catalog.tools[index].hosting == .inHouse {
                add(Diagnostics.missingOwner(id, at: at(path, catalog.tools[index].factSpans["hosting"] ?? .fileStart)))
            }
            // An in-house tool's facts are the team's own: nothing public to cite.
            if catalog.tools[index].sources.isEmpty && catalog.tools[index].hosting != .inHouse {
                add(Diagnostics.missingSources(id, at: at(path, catalog.tools[index].sourcesSpan ?? .fileStart)))
            }
        }

        mutating func checkStacks() {
            let categories = categoryIDs
            let tools = toolIDs
            let teams = teamIDs
            for stack in catalog.stacks {
                var componentIDs: [String: SourceLocation] = [:]
                for component in stack.components {
                    if let tool = component.tool {
                        reference(
                            "tool", tool, path: stack.path, known: tools,
                            resolves: catalog.hasTool(tool.value) || catalog.unreadableToolIDs.contains(tool.value),
                            aliasesCount: true)
                    }
                    if let inHouse = component.inHouseID, catalog.hasTool(inHouse.value) {
                        diagnostics.append(Diagnostics.inHouseShadowsTool(inHouse.value, at: at(stack.path, inHouse.span)))
                    }
                    if let category = component.category {
                        reference(
                            "category", category, path: stack.path, known: categories,
                            resolves: catalog.hasCategory(category.value))
                    }
                    if let owner = component.owner, let problem = ownerProblem(owner, path: stack.path, known: teams) {
                        diagnostics.append(problem)
                    }
                    let here = at(stack.path, component.idSpan)
                    if let first = componentIDs[component.id] {
                        diagnostics.append(Diagnostics.duplicateID("component", component.id, at: here, first: first))
                    } else {
                        componentIDs[component.id] = here
                    }
                }
                let known = stack.components.map(\.id)
                for flow in stack.flows {
                    for end in [flow.from, flow.to] {
                        reference(
                            "flow endpoint", end, path: stack.path, known: known,
                            resolves: componentIDs[end.value] != nil)
                    }
                    if flow.from.value == flow.to.value, componentIDs[flow.from.value] != nil {
                        diagnostics.append(Diagnostics.selfRelation(flow.from.value, type: "flow", at: at(stack.path, flow.to.span)))
                    }
                }
                if stack.sources.isEmpty {
                    diagnostics.append(Diagnostics.missingSources(stack.id, at: at(stack.path, .fileStart)))
                }
            }
        }
    }
}
