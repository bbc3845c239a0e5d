/// Checked by `SPDXLicense.diagnostics` (the loader), as a licence is read.
extension Rule {
    public static let deprecatedLicense = Rule(
        id: "deprecated-license", severity: .warning, topic: .consistency,
        summary: "SPDX identifiers that the list deprecates are replaced.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: GPL-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("license: GPL-2.0\n", with: "license: GPL-2.0-only\n")
    )
}

extension Diagnostics {
    static package func deprecatedLicense(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .deprecatedLicense, "'\(id)' is a deprecated SPDX identifier", at: location,
            notes: [.init("use the identifier that replaces it (for the GNU licences, '-only' or '-or-later'); see https://spdx.org/licenses/")])
    }
}
