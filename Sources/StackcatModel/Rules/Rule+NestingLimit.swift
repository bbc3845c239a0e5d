/// Checked by `ReaderSession.handle` (the YAML reader).
extension Rule {
    public static let nestingLimit = Rule(
        id: "nesting-limit", severity: .error, topic: .yaml,
        summary: "Lists and mappings may not nest beyond a fixed depth.",
        triggering: .init("tools/argo-cd.yaml", .text("tags: " + String(repeating: "[", count: 129) + String(repeating: "]", count: 129) + "\n")),
        passing: .init("tools/argo-cd.yaml", .text("tags: " + String(repeating: "[", count: 1) + String(repeating: "]", count: 1) + "\n"))
    )
}

extension Diagnostics {
    static package func nestingTooDeep(limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .nestingLimit, "lists and mappings are nested more than \(limit) levels deep",
            at: location)
    }
}
