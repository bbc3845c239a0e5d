extension Rule {
    public static let ambiguousAlias = Rule(
        id: "ambiguous-alias", severity: .warning, topic: .consistency,
        summary: "An alias belongs to one tool only."
    )
}
