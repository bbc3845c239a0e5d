extension Rule {
    public static let backstageMalformed = Rule(
        id: "backstage-malformed", severity: .warning, topic: .backstage,
        summary: "A Backstage entity is a mapping with kind, metadata.name and fields of the right types."
    )
}
