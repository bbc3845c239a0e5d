/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageLocation = Rule(
        id: "backstage-location", severity: .warning, topic: .backstage,
        summary: "Location targets are relative paths inside the files and directories given to import backstage.",
        triggering: .init(
            "catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: guestbook-frontend
              description: Serves the guestbook's web page.
            spec:
              type: website
              lifecycle: production
              owner: group:guestbook-team
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: guestbook-team
            spec:
              type: team
              children: []
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Location
            metadata:
              name: guestbook
            spec:
              targets: [https://github.com/example/guestbook/blob/main/catalog-info.yaml]
            """),
        fix: .replacing("  targets: [https://github.com/example/guestbook/blob/main/catalog-info.yaml]", with: "  targets: [./catalog-info.yaml]")
    )
}
