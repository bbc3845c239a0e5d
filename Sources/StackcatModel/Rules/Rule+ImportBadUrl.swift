/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importBadUrl = Rule(
        id: "import-bad-url", severity: .warning, topic: .landscape,
        summary: "Landscape URLs are absolute http(s) URLs.",
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
                        homepage_url: argoproj.github.io/
                        repo_url: https://github.com/argoproj/argo-cd
                        description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.
                        project: graduated
            """),
        fix: .replacing("            homepage_url: argoproj.github.io/\n", with: "            homepage_url: https://argoproj.github.io/\n")
    )
}
