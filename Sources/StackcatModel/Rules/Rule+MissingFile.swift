extension Rule {
    public static let missingFile = Rule(
        id: "missing-file", severity: .error, topic: .files,
        summary: "A vocabulary file is missing."
    )
}
