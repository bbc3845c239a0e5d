/// Checked by `SPDXLicense.diagnostics` (the loader), as a licence is read.
extension Rule {
    public static let licenseCase = Rule(
        id: "license-case", severity: .warning, topic: .consistency,
        summary: "SPDX identifiers are written in the list's own case.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("license: apache-2.0\n", with: "license: Apache-2.0\n")
    )
}

extension Diagnostics {
    static package func licenseCase(_ written: String, canonical: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .licenseCase, "write '\(written)' as '\(canonical)', as the SPDX License List does",
            at: location, replacement: canonical)
    }
}
