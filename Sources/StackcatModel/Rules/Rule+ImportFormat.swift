extension Rule {
    public static let importFormat = Rule(
        id: "import-format", severity: .error, topic: .landscape,
        summary: "The file is a CNCF landscape file."
    )
}
