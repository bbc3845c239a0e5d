extension Rule {
    public static let fileTooLarge = Rule(
        id: "file-too-large", severity: .error, topic: .files,
        summary: "A catalog file is at most --max-file-size bytes (16 MiB unless set)."
    )
}
