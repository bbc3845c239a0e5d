extension Rule {
    public static let invalidComponent = Rule(
        id: "invalid-component", severity: .error, topic: .values,
        summary: "A stack component is either a catalog tool or an in-house part."
    )
}
