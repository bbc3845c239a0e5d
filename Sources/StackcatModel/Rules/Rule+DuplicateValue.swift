extension Rule {
    public static let duplicateValue = Rule(
        id: "duplicate-value", severity: .warning, topic: .values,
        summary: "A list holds the same value twice."
    )
}
