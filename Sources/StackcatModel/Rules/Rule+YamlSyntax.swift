extension Rule {
    public static let yamlSyntax = Rule(
        id: "yaml-syntax", severity: .error, topic: .yaml,
        summary: "The file is not well-formed YAML."
    )
}
