/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importEmpty = Rule(
        id: "import-empty", severity: .warning, topic: .landscape,
        summary: "Every landscape subcategory has items.",
        triggering: .init(
            "landscape.yml",
            """
            landscape:
              - category:
                name: App Definition and Development
                subcategories:
                  - subcategory:
                    name: Continuous Integration & Delivery
                    items: []
                  - subcategory:
                    name: Chaos Engineering
                    items:
                      - item:
                        name: Chaos Mesh
                        homepage_url: https://chaos-mesh.org/
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
                        description: Kubernetes-native tools to run workflows, manage clusters and do GitOps right.
                        project: graduated
            """)
    )
}
