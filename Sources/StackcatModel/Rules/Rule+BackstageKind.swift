/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageKind = Rule(
        id: "backstage-kind", severity: .warning, topic: .backstage,
        summary: "import backstage reads Group, Component, Resource, System, API and Location entities.",
        triggering: .init(
            "catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Domain
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
        fix: .replacing("kind: Domain\n", with: "kind: Component\n")
    )
}
