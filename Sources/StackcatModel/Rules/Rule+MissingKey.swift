extension Rule {
    public static let missingKey = Rule(
        id: "missing-key", severity: .error, topic: .values,
        summary: "A required key is missing."
    )
}
