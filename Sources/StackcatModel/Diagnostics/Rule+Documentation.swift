extension Rule {
    /// The repository's public address, which the README's links and SARIF's `informationUri` name.
    public static let repositoryURL = "https://github.com/stackcat/stackcat"

    /// The reference page of the rules inside the repository: one section a rule, whose anchor is the
    /// rule's id (`stackcat rules --format reference` writes it).
    public static let referencePage = "docs/rules.md"

    /// Where this rule is documented: its section of the reference page at the repository's public
    /// address, the link of a language server diagnostic's `codeDescription` and of SARIF's `helpUri`.
    public var documentationURL: String { Rule.repositoryURL + "/blob/main/" + Rule.referencePage + "#" + id }
}
