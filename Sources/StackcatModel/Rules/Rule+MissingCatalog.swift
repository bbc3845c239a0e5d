extension Rule {
    public static let missingCatalog = Rule(
        id: "missing-catalog", severity: .error, topic: .files,
        summary: "The catalog directory exists and is a directory.",
        triggering: .init(".", .absent),
        passing: .init(".", .directory)
    )
}
