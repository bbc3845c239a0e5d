extension Rule {
    public static let selfRelation = Rule(
        id: "self-relation", severity: .error, topic: .consistency,
        summary: "Nothing relates to itself."
    )
}
