/// Checked by `ReaderSession.handle` (the YAML reader), as aliases are expanded.
extension Rule {
    public static let aliasLimit = Rule(
        id: "alias-limit", severity: .error, topic: .yaml,
        summary: "Aliases may not expand a document beyond a fixed number of nodes.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            """),
        passing: .init(
            "tools/argo-cd.yaml",
            """
            a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            """)
    )
}

extension Diagnostics {
    static package func aliasBomb(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .aliasLimit, "alias '*\(name)' expands the document beyond \(limit) nodes; aliases that multiply like this are refused",
            at: location)
    }
}
