/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageDuplicate = Rule(
        id: "backstage-duplicate", severity: .warning, topic: .backstage,
        summary: "A Backstage entity (kind, namespace, name) is defined once.",
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
            kind: Component
            metadata:
              name: guestbook-backend
              description: Stores the guestbook's entries.
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
