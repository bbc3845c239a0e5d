extension Rule {
    public static let missingSources = Rule(
        id: "missing-sources", severity: .warning, topic: .consistency,
        summary: "Every entry cites its sources.",
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
            """),
        fix: .replacing(
            "lifecycle: active",
            with: """
                lifecycle: active
                sources: [https://argo-cd.readthedocs.io/]
                """)
    )
}

extension Diagnostics {
    static package func missingSources(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingSources, "'\(id)' cites no sources", at: location,
            notes: [.init("add 'sources:' with the public pages its facts come from")])
    }
}

extension CatalogRules {
    /// Per tool: a tool cites sources; an in-house tool's facts are the team's own, with nothing public to cite.
    static package func missingSources(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        if tool.sources.isEmpty && tool.hosting != .inHouse {
            findings.diagnostics.append(Diagnostics.missingSources(tool.id, at: SourceLocation(path: tool.path, span: tool.sourcesSpan ?? .fileStart)))
        }
    }

    /// Catalog-wide: every stack cites sources.
    static package func missingSources(in catalog: Catalog) -> [Diagnostic] {
        catalog.stacks.filter(\.sources.isEmpty).map { Diagnostics.missingSources($0.id, at: SourceLocation(path: $0.path, span: .fileStart)) }
    }
}
