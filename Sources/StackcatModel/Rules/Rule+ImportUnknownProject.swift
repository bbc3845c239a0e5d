extension Rule {
    public static let importUnknownProject = Rule(
        id: "import-unknown-project", severity: .warning, topic: .landscape,
        summary: "Landscape project maturity is a CNCF maturity."
    )
}
