extension Rule {
    public static let backstageFormat = Rule(
        id: "backstage-format", severity: .error, topic: .backstage,
        summary: "The input of import backstage holds Backstage catalog entities."
    )
}
