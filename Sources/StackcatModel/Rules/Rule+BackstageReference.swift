/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageReference = Rule(
        id: "backstage-reference", severity: .warning, topic: .backstage,
        summary: "Owners, dependencies and stackcat.dev annotations name entities of the input.",
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
              owner: group:guestbook-tema
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: guestbook-team
            spec:
              type: team
              children: []
            """),
        fix: .replacing("  owner: group:guestbook-tema\n", with: "  owner: group:guestbook-team\n")
    )
}
