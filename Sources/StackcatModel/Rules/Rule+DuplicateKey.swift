extension Rule {
    public static let duplicateKey = Rule(
        id: "duplicate-key", severity: .error, topic: .yaml,
        summary: "A key may appear only once in a mapping."
    )
}
