extension Rule {
    public static let emptyValue = Rule(
        id: "empty-value", severity: .error, topic: .values,
        summary: "The value is empty."
    )
}
