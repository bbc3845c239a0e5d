extension Rule {
    public static let successorLifecycle = Rule(
        id: "successor-lifecycle", severity: .warning, topic: .consistency,
        summary: "A tool that names a successor has the lifecycle 'superseded'."
    )
}
