extension Rule {
    public static let importBadSecondPath = Rule(
        id: "import-bad-second-path", severity: .warning, topic: .landscape,
        summary: "A second_path names a subcategory of the landscape."
    )
}
