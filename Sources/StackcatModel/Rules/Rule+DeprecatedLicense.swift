extension Rule {
    public static let deprecatedLicense = Rule(
        id: "deprecated-license", severity: .warning, topic: .consistency,
        summary: "SPDX identifiers that the list deprecates are replaced."
    )
}
