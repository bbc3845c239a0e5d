extension Rule {
    public static let selfRelation = Rule(
        id: "self-relation", severity: .error, topic: .consistency,
        summary: "Nothing relates to itself.",
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
                target: argo-cd
            """),
        fix: .replacing("    target: argo-cd", with: "    target: kubernetes")
    )
}

extension Diagnostics {
    static package func selfRelation(_ id: String, type: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.selfRelation, "'\(id)' cannot have a '\(type)' relation to itself", at: location)
    }
}
