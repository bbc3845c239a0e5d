/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importNullDescription = Rule(
        id: "import-null-description", severity: .warning, topic: .landscape,
        summary: "Landscape descriptions are text.",
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
                        repo_url: https://github.com/argoproj/argo-cd
                        description: null
                        project: graduated
            """),
        fix: .replacing(
            "            description: null\n", with: "            description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.\n"
        )
    )
}
