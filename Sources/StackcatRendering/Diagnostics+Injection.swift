import StackcatModel

/// The messages of `docs --inject`.
extension Diagnostics {
    static func nestedBlock(at location: SourceLocation, open: SourceLocation) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "a stackcat:begin block is opened inside another", at: location,
            notes: [.init("the open block starts here", at: open)])
    }

    static func emptyBlockCommand(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "the begin marker names no command, or has an unclosed quote", at: location,
            notes: [.init("write it as <!-- stackcat:begin list --category cd --format markdown -->")])
    }

    static func endWithoutBegin(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectMarkers, "stackcat:end without a stackcat:begin before it", at: location)
    }

    static func beginWithoutEnd(at location: SourceLocation, endLine: String) -> Diagnostic {
        Diagnostic(
            .injectMarkers, "stackcat:begin block has no stackcat:end", at: location,
            notes: [.init("add a line '\(endLine)' where the generated text ends")])
    }

    static func blockCommandFailed(_ message: String, notes: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectCommand, message, at: location, notes: notes.map { .init($0) })
    }

    /// What `validate` and `docs` say when no catalog directory was found and the built-in one is read.
    public static let builtInCatalogFallback =
        "no --catalog, $STACKCAT_CATALOG or catalog/ directory here or above; using the built-in catalog"

    /// How messages name the built-in catalog; a directory is named by its path and a slash.
    public static let builtInCatalogName = "the built-in catalog"
}
