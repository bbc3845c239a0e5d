extension Rule {
    public static let unknownLicense = Rule(
        id: "unknown-license", severity: .error, topic: .consistency,
        summary: "A licence is an SPDX expression of identifiers on the SPDX License List, LicenseRef-*, or Proprietary.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache 2
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("license: Apache 2\n", with: "license: Apache-2.0\n")
    )
}
