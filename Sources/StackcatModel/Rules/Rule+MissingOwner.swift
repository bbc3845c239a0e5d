extension Rule {
    public static let missingOwner = Rule(
        id: "missing-owner", severity: .error, topic: .consistency,
        summary: "An in-house tool names the team that owns it.",
        triggering: .init(
            "tools/deploy-bot.yaml",
            """
            name: Deploy bot
            category: cd
            summary: Our chat bot that starts Argo CD syncs.
            hosting: in-house
            lifecycle: active
            """),
        fix: .replacing(
            "hosting: in-house\n",
            with: """
                hosting: in-house
                owner: platform

                """)
    )
}

extension Diagnostics {
    static package func missingOwner(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingOwner, "in-house tool '\(id)' has no owner", at: location,
            notes: [.init("add 'owner: TEAM' with a team id from teams.yaml")])
    }
}

extension CatalogRules {
    /// Per tool: an in-house tool names its owner (a team that is not declared is `unknown-reference`'s).
    static package func missingOwner(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        if tool.owner == nil && tool.hosting == .inHouse {
            findings.diagnostics.append(Diagnostics.missingOwner(tool.id, at: SourceLocation(path: tool.path, span: tool.factSpans["hosting"] ?? .fileStart)))
        }
    }
}
