extension Rule {
    public static let unreadableFile = Rule(
        id: "unreadable-file", severity: .error, topic: .files,
        summary: "The file could not be read."
    )
}
