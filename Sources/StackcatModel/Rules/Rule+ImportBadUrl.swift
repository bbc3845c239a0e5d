extension Rule {
    public static let importBadUrl = Rule(
        id: "import-bad-url", severity: .warning, topic: .landscape,
        summary: "Landscape URLs are absolute http(s) URLs."
    )
}
