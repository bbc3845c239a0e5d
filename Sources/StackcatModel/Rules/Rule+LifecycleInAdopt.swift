extension Rule {
    public static let lifecycleInAdopt = Rule(
        id: "lifecycle-in-adopt", severity: .warning, topic: .consistency,
        summary: "A stack does not adopt a tool that was already superseded or archived on its date."
    )
}
