/// Checked by `Injection.fill` (docs --inject), as the Markdown file's markers are read.
extension Rule {
    public static let injectMarkers = Rule(
        id: "inject-markers", severity: .error, topic: .markdown,
        summary: "stackcat blocks in Markdown are balanced.",
        triggering: .init(
            "README.md",
            """
            # Delivery tools

            <!-- stackcat:begin list --format ids -->
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
    static package func nestedBlock(at location: SourceLocation, open: SourceLocation) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "a stackcat:begin block is opened inside another", at: location,
            notes: [.init("the open block starts here", at: open)])
    }

    static package func emptyBlockCommand(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "the begin marker names no command, or has an unclosed quote", at: location,
            notes: [.init("write it as <!-- stackcat:begin list --category cd --format markdown -->")])
    }

    static package func endWithoutBegin(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectMarkers, "stackcat:end without a stackcat:begin before it", at: location)
    }

    static package func beginWithoutEnd(at location: SourceLocation, endLine: String) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "stackcat:begin block has no stackcat:end", at: location,
            notes: [.init("add a line '\(endLine)' where the generated text ends")])
    }
}
