extension Rule {
    public static let importNullDescription = Rule(
        id: "import-null-description", severity: .warning, topic: .landscape,
        summary: "Landscape descriptions are text."
    )
}
