/// Checked by `CatalogLogos.check` (Validation), on the bytes of each SVG logo that the catalog names.
extension Rule {
    public static let logoExternalReference = Rule(
        id: "logo-external-reference", severity: .error, topic: .files,
        summary: "An SVG logo stands alone: its href, xlink:href and url() name only #fragments of itself or data:image pictures.",
        triggering: .init(
            "logos/argo-cd.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><image href=\"https://example.com/a.png\" width=\"8\" height=\"8\"/></svg>\n",
            with: [.init("tools/argo-cd.yaml", .text(Rule.logoExampleTool))]),
        fix: .replacing("<image href=\"https://example.com/a.png\" width=\"8\" height=\"8\"/>", with: "<circle cx=\"4\" cy=\"4\" r=\"4\"/>")
    )
}

extension Diagnostics {
    package static func logoExternalReference(_ path: String, targets: [String], at location: SourceLocation) -> Diagnostic {
        let shown = targets.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (targets.count > 3 ? " and \(targets.count - 3) more" : "")
        return Diagnostic(
            .logoExternalReference, "the SVG logo '\(path)' refers to \(shown) outside itself, which a site would fetch or break on", at: location,
            notes: [.init("embed the picture (data:image/...) or draw it in the SVG; references may name only #fragments of the file")])
    }
}
