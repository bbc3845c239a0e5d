extension Rule {
    public static let unknownLicense = Rule(
        id: "unknown-license", severity: .error, topic: .consistency,
        summary: "A licence is an SPDX expression of identifiers on the SPDX License List, LicenseRef-*, or Proprietary."
    )
}
