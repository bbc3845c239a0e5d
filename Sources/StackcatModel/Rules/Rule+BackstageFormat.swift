/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageFormat = Rule(
        id: "backstage-format", severity: .error, topic: .backstage,
        summary: "The input of import backstage holds Backstage catalog entities.",
        triggering: .init(
            "catalog-info.yaml",
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: guestbook-frontend
            """),
        passing: .init(
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
            """)
    )
}
