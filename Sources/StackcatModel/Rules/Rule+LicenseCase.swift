extension Rule {
    public static let licenseCase = Rule(
        id: "license-case", severity: .warning, topic: .consistency,
        summary: "SPDX identifiers are written in the list's own case."
    )
}
