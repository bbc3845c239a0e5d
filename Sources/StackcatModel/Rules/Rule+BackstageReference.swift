extension Rule {
    public static let backstageReference = Rule(
        id: "backstage-reference", severity: .warning, topic: .backstage,
        summary: "Owners, dependencies and stackcat.dev annotations name entities of the input."
    )
}
