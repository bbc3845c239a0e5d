extension Rule {
    public static let staleReview = Rule(
        id: "stale-review", severity: .warning, topic: .consistency,
        summary: "With validate --max-age, every stack component was reviewed within that many days."
    )
}
