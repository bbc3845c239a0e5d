extension Rule {
    public static let duplicateRelation = Rule(
        id: "duplicate-relation", severity: .error, topic: .consistency,
        summary: "A relation is declared once."
    )
}
