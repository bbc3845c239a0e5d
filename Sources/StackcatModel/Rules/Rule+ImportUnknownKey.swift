/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importUnknownKey = Rule(
        id: "import-unknown-key", severity: .warning, topic: .landscape,
        summary: "The landscape file uses only keys the importer knows.",
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
                        description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.
                        project: graduated
                        stars: 17000
            """),
        fix: .replacing(
            """
                        project: graduated
                        stars: 17000
            """, with: "            project: graduated")
    )
}
