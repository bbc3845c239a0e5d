extension Rule {
    public static let summaryFormat = Rule(
        id: "summary-format", severity: .error, topic: .values,
        summary: "A summary is one line of at most 160 characters."
    )
}
