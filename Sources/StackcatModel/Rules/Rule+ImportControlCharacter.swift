/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importControlCharacter = Rule(
        id: "import-control-character", severity: .warning, topic: .landscape,
        summary: "Landscape text holds no control characters; they are left out.",
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
                        description: "Kubernetes-native tools to run workflows, manage clusters and do GitOps right.\\a"
                        project: graduated
            """),
        passing: .init(
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
                        description: "Kubernetes-native tools to run workflows, manage clusters and do GitOps right."
                        project: graduated
            """)
    )
}
