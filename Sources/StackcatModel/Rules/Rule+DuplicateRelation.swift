extension Rule {
    public static let duplicateRelation = Rule(
        id: "duplicate-relation", severity: .error, topic: .consistency,
        summary: "A relation is declared once.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            relations:
              - type: deploys-to
                target: kubernetes
              - type: deploys-to
                target: kubernetes
            """),
        fix: .replacing(
            """
                target: kubernetes
              - type: deploys-to

            """, with: "")
    )
}

extension Diagnostics {
    static package func duplicateRelation(_ type: String, target: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateRelation, "relation '\(type)' to '\(target)' is declared twice", at: location,
            notes: [.init("first declared here", at: first)])
    }

    static package func symmetricRelationTwice(
        _ type: String, source: String, target: String, at location: SourceLocation,
        other: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .duplicateRelation, "'\(type)' is symmetric and '\(target)' already declares it with '\(source)'", at: location,
            notes: [.init("declared from the other end here; keep one of the two", at: other)])
    }
}
