extension Rule {
    public static let missingOwner = Rule(
        id: "missing-owner", severity: .error, topic: .consistency,
        summary: "An in-house tool names the team that owns it."
    )
}
