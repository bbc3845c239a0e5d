/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importBadSecondPath = Rule(
        id: "import-bad-second-path", severity: .warning, topic: .landscape,
        summary: "A second_path names a subcategory of the landscape.",
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
                        second_path: [App Definition and Development / Delivery]
            """),
        fix: .replacing(
            "            second_path: [App Definition and Development / Delivery]",
            with: "            second_path: [App Definition and Development / Continuous Integration & Delivery]")
    )
}
