extension Rule {
    public static let backstageDuplicate = Rule(
        id: "backstage-duplicate", severity: .warning, topic: .backstage,
        summary: "A Backstage entity (kind, namespace, name) is defined once."
    )
}
