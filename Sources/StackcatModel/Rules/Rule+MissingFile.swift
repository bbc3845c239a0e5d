extension Rule {
    public static let missingFile = Rule(
        id: "missing-file", severity: .error, topic: .files,
        summary: "A vocabulary file is missing.",
        triggering: .init("roles.yaml", .absent),
        passing: .init(
            "roles.yaml",
            """
            - id: container-orchestration
              name: Container orchestration
            - id: declarative-manifests
              name: Declarative manifests
            - id: multi-tenancy
              name: Multi-tenancy
            - id: access-control
              name: Access control
            """)
    )
}
