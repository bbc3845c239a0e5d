extension Rule {
    public static let multipleDocuments = Rule(
        id: "multiple-documents", severity: .error, topic: .yaml,
        summary: "A catalog file holds exactly one YAML document."
    )
}
