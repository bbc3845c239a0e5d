extension Rule {
    public static let invalidId = Rule(
        id: "invalid-id", severity: .error, topic: .consistency,
        summary: "Ids are lower-case kebab-case, at most 64 characters."
    )
}
