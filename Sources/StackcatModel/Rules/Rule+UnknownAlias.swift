extension Rule {
    public static let unknownAlias = Rule(
        id: "unknown-alias", severity: .error, topic: .yaml,
        summary: "An alias must name an anchor defined before it."
    )
}
