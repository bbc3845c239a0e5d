extension Rule {
    public static let missingSources = Rule(
        id: "missing-sources", severity: .warning, topic: .consistency,
        summary: "Every entry cites its sources."
    )
}
