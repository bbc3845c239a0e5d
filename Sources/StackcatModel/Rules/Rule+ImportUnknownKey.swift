extension Rule {
    public static let importUnknownKey = Rule(
        id: "import-unknown-key", severity: .warning, topic: .landscape,
        summary: "The landscape file uses only keys the importer knows."
    )
}
