extension Rule {
    public static let categoryDepth = Rule(
        id: "category-depth", severity: .error, topic: .consistency,
        summary: "Categories nest at most 12 levels below a top-level category.",
        triggering: .init(
            "categories.yaml",
            """
            categories:
            - id: runtime
              name: Runtime
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
            - id: level-1
              name: Level 1
              parent: runtime
            - id: level-2
              name: Level 2
              parent: level-1
            - id: level-3
              name: Level 3
              parent: level-2
            - id: level-4
              name: Level 4
              parent: level-3
            - id: level-5
              name: Level 5
              parent: level-4
            - id: level-6
              name: Level 6
              parent: level-5
            - id: level-7
              name: Level 7
              parent: level-6
            - id: level-8
              name: Level 8
              parent: level-7
            - id: level-9
              name: Level 9
              parent: level-8
            - id: level-10
              name: Level 10
              parent: level-9
            - id: level-11
              name: Level 11
              parent: level-10
            - id: level-12
              name: Level 12
              parent: level-11
            - id: level-13
              name: Level 13
              parent: level-12
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
        fix: .replacing(
            """
            - id: level-13
              name: Level 13
              parent: level-12

            """, with: "")
    )
}

extension Diagnostics {
    static package func categoryDepth(_ id: String, depth: Int, path: [String], at location: SourceLocation) -> Diagnostic {
        let chain = path.count <= 6 ? path : Array(path.prefix(3)) + ["…"] + Array(path.suffix(2))
        return Diagnostic(
            .categoryDepth,
            "category '\(id)' is \(depth) levels deep; categories nest at most \(CategoryHierarchy.depthLimit) levels below a top-level category",
            at: location,
            notes: [.init("its chain: \(chain.joined(separator: " → ")); give it a parent higher up, or make it top-level by removing its 'parent'")])
    }
}

extension CatalogRules {
    /// Catalog-wide: reported at the first category past the limit on each chain, not at every one below it.
    static package func categoryDepth(in catalog: Catalog) -> [Diagnostic] {
        catalog.categoryTree().filter { $0.depth == CategoryHierarchy.depthLimit + 1 }.map { category, depth in
            Diagnostics.categoryDepth(
                category.id.value, depth: depth, path: catalog.categoryPath(category.id.value),
                at: SourceLocation(path: category.path, span: category.parent!.span))
        }
    }
}
