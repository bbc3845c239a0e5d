extension Rule {
    public static let unknownReference = Rule(
        id: "unknown-reference", severity: .error, topic: .consistency,
        summary: "Every reference resolves to an id."
    )
}
