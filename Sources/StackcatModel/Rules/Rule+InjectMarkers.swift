extension Rule {
    public static let injectMarkers = Rule(
        id: "inject-markers", severity: .error, topic: .markdown,
        summary: "stackcat blocks in Markdown are balanced.",
        triggering: .init(
            "README.md",
            """
            # Delivery tools

            <!-- stackcat:begin list --format ids -->
            """),
        passing: .init(
            "README.md",
            """
            # Delivery tools

            <!-- stackcat:begin list --format ids -->
            <!-- stackcat:end -->
            """)
    )
}
