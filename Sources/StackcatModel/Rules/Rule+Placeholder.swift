extension Rule {
    public static let placeholder = Rule(
        id: "placeholder", severity: .warning, topic: .consistency,
        summary: "No stand-in that 'stackcat new' wrote (a '# replace:' line, a search as homepage, a summary made of the name) is left.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing(
            """
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            """, with: "summary: Declarative GitOps continuous delivery for Kubernetes.")
    )
}
