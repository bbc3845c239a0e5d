/// Checked by `ReaderSession.run` (the YAML reader, from libyaml's errors).
extension Rule {
    public static let yamlSyntax = Rule(
        id: "yaml-syntax", severity: .error, topic: .yaml,
        summary: "The file is not well-formed YAML.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Argo CD: declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        passing: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: "Argo CD: declarative GitOps continuous delivery for Kubernetes."
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """)
    )
}

extension Diagnostics {
    static package func yamlSyntax(_ problem: String, at location: SourceLocation, context: Diagnostic.Note?) -> Diagnostic {
        Diagnostic(
            .yamlSyntax, "YAML syntax error: \(problem)", at: location,
            notes: context.map { [$0] } ?? [])
    }

    static package func yamlInternal(_ problem: String, path: String) -> Diagnostic {
        Diagnostic(.yamlSyntax, problem, at: SourceLocation(path: path, span: .fileStart))
    }
}
