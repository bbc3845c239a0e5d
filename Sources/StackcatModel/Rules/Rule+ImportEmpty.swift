extension Rule {
    public static let importEmpty = Rule(
        id: "import-empty", severity: .warning, topic: .landscape,
        summary: "Every landscape subcategory has items."
    )
}
