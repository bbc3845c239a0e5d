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
