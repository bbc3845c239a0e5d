extension Rule {
    public static let unknownReference = Rule(
        id: "unknown-reference", severity: .error, topic: .consistency,
        summary: "Every reference resolves to an id.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: continuous-delivery
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("category: continuous-delivery\n", with: "category: cd\n")
    )
}

extension Diagnostics {
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
}

extension CatalogRules {
    /// Per tool: its category and categories, roles, relation types and targets, and owner resolve.
    static package func unknownReference(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        let key = scope.key
        let path = tool.path
        if !tool.category.value.isEmpty {
            findings.add(
                scope.referenceProblem("category", tool.category, path: path, known: key.categoryIDs, resolves: scope.hasCategory(tool.category.value)))
        }
        for category in tool.categories {
            findings.add(scope.referenceProblem("category", category, path: path, known: key.categoryIDs, resolves: scope.hasCategory(category.value)))
        }
        for role in tool.roles {
            findings.add(scope.referenceProblem("role", role, path: path, known: key.roleIDs, resolves: scope.hasRole(role.value)))
        }
        for relation in tool.relations {
            findings.add(
                scope.referenceProblem(
                    "relation type", relation.type, path: path, known: key.relationTypes, resolves: scope.relationType(relation.type.value).declared))
            findings.add(
                scope.referenceProblem(
                    "relation target", relation.target, path: path, known: key.toolIDs, resolves: scope.toolExists(relation.target.value),
                    aliasesCount: true))
        }
        if let owner = tool.owner {
            findings.add(scope.referenceProblem("team", owner, path: path, known: key.teamIDs, resolves: scope.hasTeam(owner.value)))
        }
    }

    /// Catalog-wide: categories' and teams' parents, the radar's categories, and stacks' tools,
    /// categories, owners and flow endpoints resolve.
    static package func unknownReference(in catalog: Catalog, scope: ToolScope) -> [Diagnostic] {
        let key = scope.key
        var found: [Diagnostic] = []
        func add(_ problem: Diagnostic?) { if let problem { found.append(problem) } }
        for category in catalog.categories {
            if let parent = category.parent {
                add(scope.referenceProblem("parent category", parent, path: category.path, known: key.categoryIDs, resolves: catalog.hasCategory(parent.value)))
            }
        }
        for team in catalog.teams {
            if let parent = team.parent {
                add(scope.referenceProblem("parent team", parent, path: team.path, known: key.teamIDs, resolves: catalog.team(parent.value) != nil))
            }
        }
        if let radar = catalog.radar {
            for quadrant in radar.quadrants {
                for category in quadrant.categories {
                    add(scope.referenceProblem("category", category, path: radar.path, known: key.categoryIDs, resolves: catalog.hasCategory(category.value)))
                }
            }
        }
        for stack in catalog.stacks {
            for component in stack.components {
                if let tool = component.tool {
                    add(scope.referenceProblem("tool", tool, path: stack.path, known: key.toolIDs, resolves: scope.toolExists(tool.value), aliasesCount: true))
                }
                if let category = component.category {
                    add(scope.referenceProblem("category", category, path: stack.path, known: key.categoryIDs, resolves: catalog.hasCategory(category.value)))
                }
                if let owner = component.owner {
                    add(scope.referenceProblem("team", owner, path: stack.path, known: key.teamIDs, resolves: catalog.team(owner.value) != nil))
                }
            }
            guard !stack.flows.isEmpty else { continue }
            let known = stack.components.map(\.id)
            let ids = Set(known)
            for flow in stack.flows {
                for end in [flow.from, flow.to] {
                    add(scope.referenceProblem("flow endpoint", end, path: stack.path, known: known, resolves: ids.contains(end.value)))
                }
            }
        }
        return found
    }
}
