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

extension CatalogRules {
    /// Catalog-wide: category parents form a tree. Each cycle is reported once, at the category with
    /// the smallest id on it; the catalog found them in one pass (a 20,000-deep chain is not walked
    /// once per category).
    static package func categoryCycle(in catalog: Catalog) -> [Diagnostic] {
        catalog.categoryCycles.map { cycle in
            let first = cycle[0]
            return Diagnostics.categoryCycle(
                cycle.map(\.id.value) + [first.id.value], at: SourceLocation(path: first.path, span: first.parent!.span))
        }
    }
}
