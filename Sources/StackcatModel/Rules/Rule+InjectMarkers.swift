extension Rule {
    public static let injectMarkers = Rule(
        id: "inject-markers", severity: .error, topic: .markdown,
        summary: "stackcat blocks in Markdown are balanced."
    )
}
