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
