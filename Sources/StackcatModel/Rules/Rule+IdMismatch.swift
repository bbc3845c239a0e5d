extension Rule {
    public static let idMismatch = Rule(
        id: "id-mismatch", severity: .error, topic: .consistency,
        summary: "An id key must equal the file name."
    )
}
