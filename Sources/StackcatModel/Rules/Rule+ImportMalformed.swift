/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importMalformed = Rule(
        id: "import-malformed", severity: .warning, topic: .landscape,
        summary: "Every landscape entry has a name.",
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
                        homepage_url: https://argoproj.github.io/
                        repo_url: https://github.com/argoproj/argo-cd
                        description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.
                        project: graduated
            """),
        fix: .replacing(
            "          - item:\n",
            with: """
                          - item:
                            name: Argo

                """)
    )
}
