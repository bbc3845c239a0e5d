extension Rule {
    public static let invalidUrl = Rule(
        id: "invalid-url", severity: .error, topic: .values,
        summary: "The value must be an absolute http(s) URL."
    )
}
