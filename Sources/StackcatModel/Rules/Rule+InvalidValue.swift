extension Rule {
    public static let invalidValue = Rule(
        id: "invalid-value", severity: .error, topic: .values,
        summary: "The value is not one of the accepted values."
    )
}
