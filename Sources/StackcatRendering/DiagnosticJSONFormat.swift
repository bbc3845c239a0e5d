import StackcatModel

/// Diagnostics as a JSON array (`validate --format json`); the shape is documented in the README.
public enum DiagnosticJSONFormat {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.array(diagnostics.map(json)).rendered()
    }

    static func json(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("file", .optional(diagnostic.location?.path)),
            ("range", range(diagnostic.location)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)),
            (
                "notes",
                .array(
                    diagnostic.notes.map { note in
                        .object([
                            ("file", .optional(note.location?.path)),
                            ("range", range(note.location)),
                            ("message", .string(note.message))
                        ])
                    })
            )
        ])
    }

    static func range(_ location: SourceLocation?) -> JSONValue {
        guard let span = location?.span else { return .null }
        func position(_ p: SourcePosition) -> JSONValue {
            .object([("line", .int(p.line)), ("column", .int(p.column)), ("offset", .int(p.offset))])
        }
        return .object([("start", position(span.start)), ("end", position(span.end))])
    }
}
