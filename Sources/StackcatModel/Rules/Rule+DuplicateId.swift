extension Rule {
    public static let duplicateId = Rule(
        id: "duplicate-id", severity: .error, topic: .consistency,
        summary: "Ids are unique."
    )
}
