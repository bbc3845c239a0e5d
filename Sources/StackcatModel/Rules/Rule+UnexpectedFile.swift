extension Rule {
    public static let unexpectedFile = Rule(
        id: "unexpected-file", severity: .warning, topic: .files,
        summary: "The file is not part of the catalog layout."
    )
}
