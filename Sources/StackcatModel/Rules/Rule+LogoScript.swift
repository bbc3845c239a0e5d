/// Checked by `CatalogLogos.check` (Validation), on the bytes of each SVG logo that the catalog names.
extension Rule {
    public static let logoScript = Rule(
        id: "logo-script", severity: .error, topic: .files,
        summary: "An SVG logo holds no script: no <script> element, on...= event attribute, javascript: URL or <foreignObject>.",
        triggering: .init(
            "logos/argo-cd.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\" onload=\"alert(1)\"><circle cx=\"4\" cy=\"4\" r=\"4\"/></svg>\n",
            with: [.init("tools/argo-cd.yaml", .text(Rule.logoExampleTool))]),
        fix: .replacing(" onload=\"alert(1)\"", with: "")
    )

    /// The tool file the SVG rules' examples check a logo of.
    static let logoExampleTool = """
        name: Argo CD
        category: cd
        summary: Declarative GitOps continuous delivery for Kubernetes.
        homepage: https://argo-cd.readthedocs.io/
        license: Apache-2.0
        hosting: self-hosted
        lifecycle: active
        logo: logos/argo-cd.svg
        sources: [https://argo-cd.readthedocs.io/]

        """
}

extension Diagnostics {
    package static func logoScript(_ path: String, found: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .logoScript, "the SVG logo '\(path)' holds \(found.joined(separator: ", ")), which could run in a page that shows it", at: location,
            notes: [.init("remove the scripts from the SVG (an editor's 'export as plain SVG' does), or use a PNG")])
    }
}
