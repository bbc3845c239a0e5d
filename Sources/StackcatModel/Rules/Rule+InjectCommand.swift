extension Rule {
    public static let injectCommand = Rule(
        id: "inject-command", severity: .error, topic: .markdown,
        summary: "A stackcat block names a command that prints text."
    )
}
