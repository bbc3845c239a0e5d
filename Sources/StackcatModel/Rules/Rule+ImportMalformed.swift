extension Rule {
    public static let importMalformed = Rule(
        id: "import-malformed", severity: .warning, topic: .landscape,
        summary: "Every landscape entry has a name."
    )
}
