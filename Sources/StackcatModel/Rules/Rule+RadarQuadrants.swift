extension Rule {
    public static let radarQuadrants = Rule(
        id: "radar-quadrants", severity: .error, topic: .consistency,
        summary: "The radar section of categories.yaml names four quadrants of top-level categories, each category in one quadrant.",
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
            radar:
              quadrants:
                - name: Platforms
                  categories: [runtime]
                - name: Data
                  categories: [data]
                - name: Tools
                  categories: [delivery]
            """),
        fix: .replacing(
            "      categories: [delivery]",
            with: """
                      categories: [delivery]
                    - name: Techniques
                      categories: [patterns]
                """)
    )
}

extension Diagnostics {
    static package func radarQuadrantCount(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "the radar has \(count) quadrant\(count == 1 ? "" : "s"); it needs exactly 4", at: location,
            notes: [.init("a radar is a circle in four quarters: group the top-level categories into four quadrants")])
    }

    static package func radarCategoryNotTopLevel(_ id: String, top: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "radar quadrants hold top-level categories; '\(id)' is inside '\(top)'", at: location,
            notes: [.init("write '\(top)': its sub-categories go with it", at: location)], replacement: top)
    }

    static package func radarCategoryTwice(_ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .radarQuadrants, "category '\(id)' is in two radar quadrants", at: location,
            notes: [.init("first placed here", at: first)])
    }
}

extension CatalogRules {
    /// Catalog-wide: the radar has four quadrants of top-level categories, each in one quadrant (an
    /// unknown category is `unknown-reference`'s).
    static package func radarQuadrants(in catalog: Catalog) -> [Diagnostic] {
        guard let radar = catalog.radar else { return [] }
        func at(_ span: SourceSpan) -> SourceLocation { SourceLocation(path: radar.path, span: span) }
        var found: [Diagnostic] = []
        if radar.quadrants.count != 4 {
            found.append(Diagnostics.radarQuadrantCount(radar.quadrants.count, at: at(radar.span)))
        }
        var first: [String: SourceSpan] = [:]
        for quadrant in radar.quadrants {
            for category in quadrant.categories where catalog.hasCategory(category.value) {
                if let top = catalog.topCategory(of: category.value), top != category.value {
                    found.append(Diagnostics.radarCategoryNotTopLevel(category.value, top: top, at: at(category.span)))
                } else if let span = first[category.value] {
                    found.append(Diagnostics.radarCategoryTwice(category.value, at: at(category.span), first: at(span)))
                } else {
                    first[category.value] = category.span
                }
            }
        }
        return found
    }
}
