import StackcatModel

/// Checks that compare facts across entries rather than resolve references: entries that share a
/// repository agree on CNCF status, and a stack does not adopt a tool that was already superseded
/// or archived on the stack's date. Kept apart from `CatalogValidator` so that each rule can move
/// on its own.
enum CatalogConsistency {
    static func check(_ catalog: Catalog) -> [Diagnostic] {
        cncfByRepository(catalog) + lifecycleInStacks(catalog)
    }

    /// A repository URL in the form entries are compared by: lower case, no trailing '/' or '.git'.
    static func normalizedRepository(_ url: String) -> String {
        var text = url.lowercased()
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        if text.hasPrefix("http://") { text = "https://" + text.dropFirst("http://".count) }
        return text
    }

    /// Entries of one repository describe one project, whose CNCF status is a single fact. Entries
    /// that are superseded or archived are left out: they describe the project under an older name,
    /// before any CNCF status it has now. The status most of the group's entries give is taken as
    /// the project's (on a tie, a status beats none, then the status of the first entry by id); each
    /// entry that differs is reported against the first entry that gives it.
    static func cncfByRepository(_ catalog: Catalog) -> [Diagnostic] {
        var groups: [String: [Int]] = [:]
        for index in catalog.tools.indices {
            let tool = catalog.tools[index]
            guard let repo = tool.repo, tool.lifecycle.value != .superseded, tool.lifecycle.value != .archived else { continue }
            groups[normalizedRepository(repo), default: []].append(index)
        }
        var found: [Diagnostic] = []
        for repo in groups.keys.sorted() {
            let members = groups[repo]!.sorted { catalog.tools[$0].id.utf8Precedes(catalog.tools[$1].id) }
            let statuses = members.map { catalog.tools[$0].cncf?.rawValue }
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
            let holder = holders.first { !catalog.tools[$0].relations.contains { $0.type.value == "part-of" } } ?? holders[0]
            let other = catalog.tools[holder]
            for (position, index) in members.enumerated() where statuses[position] != reference {
                let tool = catalog.tools[index]
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

    /// `lifecycle_since` dates a tool's change to superseded, archived or deprecated; a stack dated
    /// after that change should not hold the tool in its adopt ring. Dates are YYYY-MM-DD, so they
    /// compare as text.
    static func lifecycleInStacks(_ catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for tool in catalog.tools {
            if let since = tool.lifecycleSince, tool.lifecycle.value == .active {
                found.append(Diagnostics.lifecycleSinceOnActive(tool.id, at: SourceLocation(path: tool.path, span: since.span)))
            }
        }
        for stack in catalog.stacks {
            guard let asOf = stack.asOf else { continue }
            for component in stack.components where component.ring == .adopt {
                guard let id = component.tool, let tool = catalog.tool(id.value), tool.lifecycle.value != .active,
                    let since = tool.lifecycleSince, since.value < asOf
                else { continue }
                found.append(
                    Diagnostics.lifecycleInAdopt(
                        tool.id, lifecycle: tool.lifecycle.value.rawValue, since: since.value,
                        stack: stack.id, asOf: asOf,
                        at: SourceLocation(path: stack.path, span: id.span),
                        change: SourceLocation(path: tool.path, span: since.span)))
            }
        }
        return found
    }
}
