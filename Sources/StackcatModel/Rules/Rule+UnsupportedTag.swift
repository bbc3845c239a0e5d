/// Checked by `YAMLTags.problem` (the YAML reader).
extension Rule {
    public static let unsupportedTag = Rule(
        id: "unsupported-tag", severity: .error, topic: .yaml,
        summary: "Values carry no YAML tags other than the standard ones that fit them (!!str, !!int, ...).",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: !secret Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("name: !secret Argo CD\n", with: "name: Argo CD\n")
    )
}

extension Diagnostics {
    static package func unsupportedTag(_ tag: String, at location: SourceLocation) -> Diagnostic {
        let standard = tag.hasPrefix("!!")
        return Diagnostic(
            .unsupportedTag, standard ? "tag \(tag) is not supported" : "unknown tag \(tag)", at: location,
            notes: [.init("catalog values need no tags; remove '\(tag)'")])
    }
}
