/// Checked by `Injection.fill` (docs --inject), as a block's command runs.
extension Rule {
    public static let injectCommand = Rule(
        id: "inject-command", severity: .error, topic: .markdown,
        summary: "A stackcat block names a command that prints text.",
        triggering: .init(
            "README.md",
            """
            # Delivery tools

            <!-- stackcat:begin validate -->
            <!-- stackcat:end -->
            """),
        passing: .init(
            "README.md",
            """
            # Delivery tools

            <!-- stackcat:begin list --format ids -->
            <!-- stackcat:end -->
            """)
    )
}

extension Diagnostics {
    static package func blockCommandFailed(_ message: String, notes: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectCommand, message, at: location, notes: notes.map { .init($0) })
    }
}
