/// Checked by `BackstageImporter.read` and `BackstageImporter.finish` (import backstage, and include: of Backstage files), with the message of `Diagnostics.BackstageProblem` in StackcatInterop (one enum for the importer's warnings).
extension Rule {
    public static let backstageRenamed = Rule(
        id: "backstage-renamed", severity: .warning, topic: .backstage,
        summary: "A Backstage entity's name or stackcat.dev/id is a stackcat id that no other entity takes.",
        triggering: .init(
            "catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: Guestbook_Frontend
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
        fix: .replacing("  name: Guestbook_Frontend\n", with: "  name: guestbook-frontend\n")
    )
}
