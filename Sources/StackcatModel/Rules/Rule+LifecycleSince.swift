extension Rule {
    public static let lifecycleSince = Rule(
        id: "lifecycle-since", severity: .warning, topic: .consistency,
        summary: "lifecycle_since dates a change of lifecycle, so the tool is deprecated, archived or superseded."
    )
}
