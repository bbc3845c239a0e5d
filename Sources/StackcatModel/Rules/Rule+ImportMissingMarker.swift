extension Rule {
    public static let importMissingMarker = Rule(
        id: "import-missing-marker", severity: .warning, topic: .landscape,
        summary: "Every landscape item has its item: marker."
    )
}
