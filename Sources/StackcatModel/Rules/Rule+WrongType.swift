extension Rule {
    public static let wrongType = Rule(
        id: "wrong-type", severity: .error, topic: .values,
        summary: "The value has the wrong type."
    )
}
