extension Rule {
    public static let cncfRepositoryMismatch = Rule(
        id: "cncf-repository-mismatch", severity: .warning, topic: .consistency,
        summary: "Entries that share a repository agree on CNCF status.",
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
            repo: https://github.com/kubernetes/kubernetes
            cncf: incubating
            """),
        fix: .replacing("repo: https://github.com/kubernetes/kubernetes\n", with: "repo: https://github.com/argoproj/argo-cd\n")
    )
}

extension Diagnostics {
    static package func cncfRepositoryMismatch(
        _ id: String, cncf: String?, repo: String, other: String, otherCNCF: String?, replace: Bool,
        at location: SourceLocation, otherLocation: SourceLocation
    ) -> Diagnostic {
        let mine = cncf.map { "'cncf: \($0)'" } ?? "no 'cncf'"
        let theirs = otherCNCF.map { "'cncf: \($0)'" } ?? "no 'cncf'"
        return Diagnostic(
            .cncfRepositoryMismatch, "'\(id)' has \(mine) but shares its repository \(repo) with '\(other)', which has \(theirs)",
            at: location, notes: [.init("CNCF status belongs to the project that owns the repository; '\(other)' is here", at: otherLocation)],
            replacement: replace ? otherCNCF : nil)
    }
}

extension CatalogRules {
    /// A repository URL in the form entries are compared by: lower case, no trailing '/' or '.git'.
    private static func normalizedRepository(_ url: String) -> String {
        var text = url.lowercased()
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        if text.hasPrefix("http://") { text = "https://" + text.dropFirst("http://".count) }
        return text
    }

    /// Catalog-wide: entries of one repository describe one project, whose CNCF status is a single fact. Entries
    /// that are superseded or archived are left out: they describe the project under an older name,
    /// before any CNCF status it has now. The status most of the group's entries give is taken as
    /// the project's (on a tie, a status beats none, then the status of the first entry by id); each
    /// entry that differs is reported against the first entry that gives it.
    static package func cncfRepositoryMismatch(in catalog: Catalog) -> [Diagnostic] {
        // The tools by index, never a copy of a tool (which retains every field) nor of the catalog.
        let tools = catalog.tools
        var groups: [String: [Int]] = [:]
        for index in tools.indices {
            guard let repo = tools[index].repo, tools[index].lifecycle.value != .superseded, tools[index].lifecycle.value != .archived else { continue }
            groups[normalizedRepository(repo), default: []].append(index)
        }
        // A repository of one entry has nothing to disagree with.
        let shared = groups.filter { $0.value.count > 1 }
        var found: [Diagnostic] = []
        for repo in shared.keys.sorted() {
            let members = shared[repo]!.sorted { tools[$0].id.utf8Precedes(tools[$1].id) }
            let statuses = members.map { tools[$0].cncf?.rawValue }
            guard Set(statuses).count > 1 else { continue }
            var counts: [String?: Int] = [:]
            for status in statuses { counts[status, default: 0] += 1 }
            let reference = statuses.max { a, b in
                let ca = counts[a]!
                let cb = counts[b]!
                if ca != cb { return ca < cb }
                if (a == nil) != (b == nil) { return a == nil }
                return statuses.firstIndex(of: a)! > statuses.firstIndex(of: b)!
            }!
            // The project's own entry, rather than one of its parts, is the one to point at.
            let holders = members.indices.filter { statuses[$0] == reference }.map { members[$0] }
            let holder = holders.first { !tools[$0].relations.contains { $0.type.value == "part-of" } } ?? holders[0]
            let other = tools[holder]
            for (position, index) in members.enumerated() where statuses[position] != reference {
                let tool = tools[index]
                let cncfSpan = tool.factSpans["cncf"]
                let span = cncfSpan ?? tool.factSpans["repo"] ?? .fileStart
                let otherSpan = other.factSpans["cncf"] ?? other.factSpans["repo"] ?? .fileStart
                found.append(
                    Diagnostics.cncfRepositoryMismatch(
                        tool.id, cncf: statuses[position], repo: tool.repo ?? repo,
                        other: other.id, otherCNCF: reference, replace: cncfSpan != nil,
                        at: SourceLocation(path: tool.path, span: span),
                        otherLocation: SourceLocation(path: other.path, span: otherSpan)))
            }
        }
        return found
    }
}
