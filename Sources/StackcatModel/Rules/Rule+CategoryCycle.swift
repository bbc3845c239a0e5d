extension Rule {
    public static let categoryCycle = Rule(
        id: "category-cycle", severity: .error, topic: .consistency,
        summary: "Categories form a tree.",
        triggering: .init(
            "categories.yaml",
            """
            categories:
            - id: runtime
              name: Runtime
              parent: orchestration
            - id: orchestration
              name: Scheduling and orchestration
              parent: runtime
            - id: data
              name: Data
            - id: database
              name: Databases
              parent: data
            - id: delivery
              name: Delivery
            - id: patterns
              name: Patterns and practices
            radar:
              quadrants:
                - name: Platforms
                  categories: [runtime]
                - name: Data
                  categories: [data]
                - name: Tools
                  categories: [delivery]
                - name: Techniques
                  categories: [patterns]
            """),
        fix: .replacing("  parent: orchestration\n", with: "")
    )
}

extension Diagnostics {
    static package func categoryCycle(_ cycle: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .categoryCycle, "category parents form a cycle: \(cycle.joined(separator: " → "))",
            at: location, notes: [.init("categories form a tree: remove one of these 'parent' links")])
    }
}
