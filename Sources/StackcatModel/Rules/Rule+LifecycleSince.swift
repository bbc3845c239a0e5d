extension Rule {
    public static let lifecycleSince = Rule(
        id: "lifecycle-since", severity: .warning, topic: .consistency,
        summary: "lifecycle_since dates a change of lifecycle, so the tool is deprecated, archived or superseded.",
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
            lifecycle_since: 2024-05-01
            """),
        fix: .replacing("lifecycle: active\n", with: "lifecycle: deprecated\n")
    )
}

extension Diagnostics {
    static package func lifecycleSinceOnActive(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .lifecycleSince, "'\(id)' is active, so 'lifecycle_since' dates nothing", at: location,
            notes: [.init("remove 'lifecycle_since', or set the lifecycle that it dates")])
    }
}

extension CatalogRules {
    /// Per tool: `lifecycle_since` dates a change of lifecycle, so an active tool has none.
    static package func lifecycleSince(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        if let since = tool.lifecycleSince, tool.lifecycle.value == .active {
            findings.diagnostics.append(Diagnostics.lifecycleSinceOnActive(tool.id, at: SourceLocation(path: tool.path, span: since.span)))
        }
    }
}
