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

extension CatalogRules {
    /// Per tool: no relation is declared twice (a relation to the tool itself is `self-relation`'s);
    /// the symmetric relations it declares are kept for `duplicateRelation(symmetric:)`.
    static package func duplicateRelation(_ tool: Tool, scope: ToolScope, into findings: inout ToolFindings) {
        let relations = tool.relations
        for (position, relation) in relations.enumerated() where relation.target.value != tool.id {
            let here = SourceLocation(path: tool.path, span: relation.target.span)
            // Tools declare a handful of relations: a scan beats a dictionary here.
            if let first = relations[..<position].first(where: { $0.type.value == relation.type.value && $0.target.value == relation.target.value }) {
                findings.diagnostics.append(
                    Diagnostics.duplicateRelation(
                        relation.type.value, target: relation.target.value, at: here, first: SourceLocation(path: tool.path, span: first.target.span)))
            } else if scope.relationType(relation.type.value).symmetric {
                let key = SymmetricRelation.Key(type: relation.type.value, low: min(tool.id, relation.target.value), high: max(tool.id, relation.target.value))
                findings.symmetric.append(SymmetricRelation(key: key, source: tool.id, target: relation.target.value, here: here))
            }
        }
    }

    /// Catalog-wide: a symmetric relation is declared from one end only; matched in tool order.
    static package func duplicateRelation(symmetric: [SymmetricRelation]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [SymmetricRelation.Key: SourceLocation] = [:]
        for entry in symmetric {
            if let other = seen[entry.key] {
                found.append(Diagnostics.symmetricRelationTwice(entry.key.type, source: entry.source, target: entry.target, at: entry.here, other: other))
            } else {
                seen[entry.key] = entry.here
            }
        }
        return found
    }
}
