/// Checks that span files: ids unique, every reference resolved, the category tree acyclic,
/// relations neither to oneself nor declared twice, successors named, sources cited.
public enum CatalogValidator {
    public static func validate(_ catalog: Catalog) -> [Diagnostic] {
        var v = Run(catalog: catalog)
        v.checkDuplicateIDs()
        v.checkCategories()
        v.checkTools()
        v.checkStacks()
        return v.diagnostics
    }

    private struct Run {
        let catalog: Catalog
        var diagnostics: [Diagnostic] = []
        /// Alias → the tool that owns it, for "did you mean" on references.
        let aliasOwners: [String: String]

        init(catalog: Catalog) {
            self.catalog = catalog
            var owners: [String: String] = [:]
            for tool in catalog.tools {
                for alias in tool.aliases where owners[alias.value] == nil { owners[alias.value] = tool.id }
            }
            aliasOwners = owners
        }

        func at(_ path: String, _ span: SourceSpan) -> SourceLocation { SourceLocation(path: path, span: span) }

        mutating func checkDuplicateIDs() {
            func check(_ kind: String, _ entries: [(id: String, location: SourceLocation)]) -> [Diagnostic] {
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
            // Tools and stacks share one namespace: `show ID` takes either.
            diagnostics += check("tool or stack",
                                 catalog.tools.map { ($0.id, at($0.path, .fileStart)) } + catalog.stacks.map { ($0.id, at($0.path, .fileStart)) })
            for tool in catalog.tools {
                for alias in tool.aliases {
                    if catalog.tool(alias.value) != nil && alias.value != tool.id {
                        diagnostics.append(Diagnostics.aliasClash(alias.value, owner: alias.value, at: at(tool.path, alias.span)))
                    } else if let owner = aliasOwners[alias.value], owner != tool.id {
                        diagnostics.append(Diagnostics.aliasClash(alias.value, owner: owner, at: at(tool.path, alias.span)))
                    }
                }
            }
        }

        mutating func reference(_ what: String, _ ref: Located<String>, path: String, known: [String], resolves: Bool,
                                aliasesCount: Bool = false) {
            guard !resolves else { return }
            let owner = aliasesCount ? aliasOwners[ref.value] : nil
            let suggestion = Suggestions.closest(to: ref.value, among: known)
                ?? (aliasesCount ? Suggestions.closest(to: ref.value, among: aliasOwners.keys.sorted()).flatMap { aliasOwners[$0] } : nil)
            diagnostics.append(Diagnostics.unknownReference(what, ref.value, at: at(path, ref.span),
                                                            suggestion: suggestion, aliasOf: owner))
        }

        var categoryIDs: [String] { catalog.categories.map(\.id.value) }
        var toolIDs: [String] { catalog.tools.map(\.id) }

        mutating func checkCategories() {
            let ids = categoryIDs
            for category in catalog.categories {
                if let parent = category.parent {
                    reference("parent category", parent, path: category.path, known: ids,
                              resolves: catalog.category(parent.value) != nil)
                }
            }
            // Each cycle is reported once, at the category with the smallest id on it.
            var reported: Set<String> = []
            for category in catalog.categories {
                var chain = [category.id.value]
                var seen: Set<String> = [category.id.value]
                var current = category
                while let parent = current.parent?.value, let next = catalog.category(parent) {
                    if parent == category.id.value {
                        let cycle = chain
                        if cycle.min() == category.id.value, !reported.contains(category.id.value) {
                            reported.insert(category.id.value)
                            diagnostics.append(Diagnostics.categoryCycle(cycle + [category.id.value],
                                                                         at: at(category.path, category.parent!.span)))
                        }
                        break
                    }
                    if seen.contains(parent) { break }
                    seen.insert(parent)
                    chain.append(parent)
                    current = next
                }
            }
        }

        mutating func checkTools() {
            let categories = categoryIDs, tools = toolIDs
            let roles = catalog.roles.map(\.id.value), relationIDs = catalog.relationTypes.map(\.id.value)
            // (type, lower id, higher id) of symmetric relations already seen, with where.
            var symmetricSeen: [String: SourceLocation] = [:]
            for tool in catalog.tools {
                if !tool.category.value.isEmpty {
                    reference("category", tool.category, path: tool.path, known: categories,
                              resolves: catalog.category(tool.category.value) != nil)
                }
                for category in tool.categories {
                    reference("category", category, path: tool.path, known: categories,
                              resolves: catalog.category(category.value) != nil)
                }
                for role in tool.roles {
                    reference("role", role, path: tool.path, known: roles, resolves: catalog.role(role.value) != nil)
                }
                var declared: [String: SourceLocation] = [:]
                var hasSuccessor = false
                for relation in tool.relations {
                    let here = at(tool.path, relation.target.span)
                    let type = catalog.relationType(relation.type.value)
                    reference("relation type", relation.type, path: tool.path, known: relationIDs, resolves: type != nil)
                    reference("relation target", relation.target, path: tool.path, known: tools,
                              resolves: catalog.tool(relation.target.value) != nil
                                  || catalog.unreadableToolIDs.contains(relation.target.value), aliasesCount: true)
                    if relation.type.value == "superseded-by" { hasSuccessor = true }
                    if relation.target.value == tool.id {
                        diagnostics.append(Diagnostics.selfRelation(tool.id, type: relation.type.value, at: here))
                        continue
                    }
                    let key = relation.type.value + "\u{0}" + relation.target.value
                    if let first = declared[key] {
                        diagnostics.append(Diagnostics.duplicateRelation(relation.type.value, target: relation.target.value,
                                                                         at: here, first: first))
                        continue
                    }
                    declared[key] = here
                    if let type, type.symmetric {
                        let pair = [tool.id, relation.target.value].sorted()
                        let symmetricKey = relation.type.value + "\u{0}" + pair[0] + "\u{0}" + pair[1]
                        if let other = symmetricSeen[symmetricKey] {
                            diagnostics.append(Diagnostics.symmetricRelationTwice(relation.type.value, source: tool.id,
                                                                                   target: relation.target.value, at: here, other: other))
                        } else {
                            symmetricSeen[symmetricKey] = here
                        }
                    }
                }
                let lifecycle = tool.lifecycle
                if lifecycle.value == .superseded && !hasSuccessor {
                    diagnostics.append(Diagnostics.supersededWithoutSuccessor(tool.id, at: at(tool.path, lifecycle.span)))
                } else if hasSuccessor && lifecycle.value != .superseded && lifecycle.value != .archived {
                    diagnostics.append(Diagnostics.successorButNotSuperseded(tool.id, lifecycle: lifecycle.value.rawValue,
                                                                             at: at(tool.path, lifecycle.span)))
                }
                if tool.sources.isEmpty {
                    diagnostics.append(Diagnostics.missingSources(tool.id, at: at(tool.path, tool.sourcesSpan ?? .fileStart)))
                }
            }
        }

        mutating func checkStacks() {
            let categories = categoryIDs, tools = toolIDs
            for stack in catalog.stacks {
                var componentIDs: [String: SourceLocation] = [:]
                for component in stack.components {
                    if let tool = component.tool {
                        reference("tool", tool, path: stack.path, known: tools,
                                  resolves: catalog.tool(tool.value) != nil || catalog.unreadableToolIDs.contains(tool.value),
                                  aliasesCount: true)
                    }
                    if let inHouse = component.inHouseID, catalog.tool(inHouse.value) != nil {
                        diagnostics.append(Diagnostics.inHouseShadowsTool(inHouse.value, at: at(stack.path, inHouse.span)))
                    }
                    if let category = component.category {
                        reference("category", category, path: stack.path, known: categories,
                                  resolves: catalog.category(category.value) != nil)
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
                        reference("flow endpoint", end, path: stack.path, known: known,
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
