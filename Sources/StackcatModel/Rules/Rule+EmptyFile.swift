extension Rule {
    public static let emptyFile = Rule(
        id: "empty-file", severity: .error, topic: .files,
        summary: "The file holds no document."
    )
}
