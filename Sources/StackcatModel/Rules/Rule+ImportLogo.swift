/// Checked by `LandscapeImporter.importLogos` (import landscape --logos), with the checks of `CatalogLogos.check` applied to each logo before it is copied.
extension Rule {
    public static let importLogo = Rule(
        id: "import-logo", severity: .warning, topic: .landscape,
        summary:
            "With --logos, an item's logo is a safe SVG file of the landscape's hosted_logos/ directory (no script, no external reference, at most 256 KiB); another is skipped.",
        triggering: .init(
            "landscape.yml",
            """
            landscape:
              - category:
                name: App Definition and Development
                subcategories:
                  - subcategory:
                    name: Continuous Integration & Delivery
                    items:
                      - item:
                        name: Argo
                        homepage_url: https://argoproj.github.io/
                        logo: argo.svg
            """,
            with: [
                .init("hosted_logos/argo.svg", .text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n")),
                .init("hosted_logos/argo-safe.svg", .text("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>\n"))
            ]),
        fix: .replacing("logo: argo.svg", with: "logo: argo-safe.svg")
    )
}

extension Diagnostics {
    /// An item's logo that `import landscape --logos` leaves out, and why.
    package static func importLogo(item: String, logo: String, problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .importLogo, "the logo '\(logo)' of '\(item)' is not imported: \(problem)", at: location,
            notes: [.init("the tool is imported without a logo; fix the file in hosted_logos/ and import again")])
    }
}
