extension Rule {
    public static let teamCycle = Rule(
        id: "team-cycle", severity: .error, topic: .consistency,
        summary: "Teams form a tree: no team is its own parent, directly or through others.",
        triggering: .init(
            "teams.yaml",
            """
            - id: platform
              name: Platform engineering
              parent: infrastructure
            - id: infrastructure
              name: Infrastructure
              parent: platform
            """),
        fix: .replacing("  parent: infrastructure\n", with: "")
    )
}

extension Diagnostics {
    static package func teamCycle(_ cycle: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .teamCycle, "team parents form a cycle: \(cycle.joined(separator: " → "))",
            at: location, notes: [.init("teams form a tree: remove one of these 'parent' links")])
    }
}

extension CatalogRules {
    /// Catalog-wide: team parents form a tree. Each cycle is reported once, at the parent link of the
    /// team with the smallest id on it; one walk over the teams, however deep the chains.
    static package func teamCycle(in catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var parentOf: [String: Team] = [:]
        for team in catalog.teams where team.parent != nil && parentOf[team.id.value] == nil { parentOf[team.id.value] = team }
        // 1: on the walk under way; 2: walked, on no cycle not yet reported.
        var state: [String: Int] = [:]
        for start in catalog.teams.map(\.id.value) where state[start] == nil {
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
                    found.append(Diagnostics.teamCycle(ordered + [smallest], at: SourceLocation(path: team.path, span: parent.span)))
                }
            }
            for id in walk { state[id] = 2 }
        }
        return found
    }
}
