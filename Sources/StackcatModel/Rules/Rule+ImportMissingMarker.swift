/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importMissingMarker = Rule(
        id: "import-missing-marker", severity: .warning, topic: .landscape,
        summary: "Every landscape item has its item: marker.",
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
                      - name: Argo
                        homepage_url: https://argoproj.github.io/
                        repo_url: https://github.com/argoproj/argo-cd
                        description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.
                        project: graduated
            """),
        fix: .replacing(
            "          - name: Argo\n",
            with: """
                          - item:
                            name: Argo

                """)
    )
}
