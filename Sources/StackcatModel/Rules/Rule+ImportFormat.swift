/// Checked by `LandscapeImporter.run` (import landscape), with the message of `Diagnostics.ImportProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let importFormat = Rule(
        id: "import-format", severity: .error, topic: .landscape,
        summary: "The file is a CNCF landscape file.",
        triggering: .init(
            "landscape.yml",
            """
            landscapes:
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
            """),
        fix: .replacing("landscapes:\n", with: "landscape:\n")
    )
}
