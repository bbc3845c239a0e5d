extension Rule {
    public static let aliasLimit = Rule(
        id: "alias-limit", severity: .error, topic: .yaml,
        summary: "Aliases may not expand a document beyond a fixed number of nodes."
    )
}
