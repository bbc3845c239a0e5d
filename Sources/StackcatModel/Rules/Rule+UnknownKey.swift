extension Rule {
    public static let unknownKey = Rule(
        id: "unknown-key", severity: .error, topic: .values,
        summary: "The key is not part of the format."
    )
}
