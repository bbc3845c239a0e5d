/// Checked by `CatalogCheck.init` (StackcatValidation), when the vocabularies are required.
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

extension Diagnostics {
    /// No location: the problem is a file that is not there, and a directory has no line 1.
    public static func missingVocabulary(_ name: String, catalogPath: String) -> Diagnostic {
        Diagnostic(
            .missingFile, "the catalog '\(catalogPath)' has no \(name)", at: nil,
            notes: [.init("create \(catalogPath)/\(name): every catalog needs its categories, roles and relations")])
    }
}
