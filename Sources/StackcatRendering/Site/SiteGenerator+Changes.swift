import StackcatModel
import StackcatQuery

/// The Changes page (`changes.html`): the diff since `--since`'s revision, as `DiffMarkdownFormat`
/// lays it out (a section per kind, a table per changed entry), and the `--history` timeline. Every
/// entry that has a page on this site links to it; what the site no longer holds stays text.
extension SiteGenerator {
    /// On a timeline revision, each list shows at most this many entries: a catalog's first commit
    /// adds every tool at once.
    static let timelineListLimit = 25

    func changesView(_ changes: SiteChanges) -> SiteView.ChangesPage {
        let history = changes.history.map { revision in
            SiteView.TimelineEntry(
                anchor: "r-" + String(revision.commit.prefix(12)), short: String(revision.commit.prefix(7)), commit: revision.commit,
                date: String(revision.date.prefix(10)), datetime: revision.date, subject: SiteChanges.subjectLine(revision.subject),
                summary: Self.summary(of: revision.diff), diff: diffView(revision.diff, limit: Self.timelineListLimit))
        }
        var note: String?
        if let limit = changes.historyLimit {
            let count = changes.history.count
            note =
                count < limit
                ? "The \(count) revision\(count == 1 ? "" : "s") that touched the catalog (of the \(limit) asked for), newest first, each against its parent."
                : "The last \(count) revision\(count == 1 ? "" : "s") that touched the catalog, newest first, each against its parent."
        }
        return SiteView.ChangesPage(
            title: "Changes", marker: Self.marker, since: changes.since.map { diffView($0, limit: nil) },
            history: history, historyNote: note, hasHistory: changes.historyLimit != nil)
    }

    /// "tools: 1 added, 2 changed; stacks: 1 changed", or "no change to the catalog's entries".
    static func summary(of diff: CatalogDiff) -> String {
        var parts = diff.sections.filter { !$0.isEmpty }.map { "\($0.kind.plural): \(CatalogDiff.counts($0))" }
        if !diff.settings.isEmpty { parts.insert("settings changed", at: 0) }
        return parts.isEmpty ? "no change to the catalog's entries" : parts.joined(separator: "; ")
    }

    func diffView(_ diff: CatalogDiff, limit: Int?) -> SiteView.DiffView {
        let warnings = [diff.base, diff.head].filter { $0.errorCount > 0 }.map { side in
            SiteView.SideWarning(
                side: CatalogDiff.describe(side), errorCount: "\(side.errorCount) error\(side.errorCount == 1 ? "" : "s")",
                errors: side.errors.prefix(limit ?? side.errors.count).map { CatalogDiff.location($0) + "error: " + $0.message })
        }
        let sections = diff.sections.filter { !$0.isEmpty }.map { section(of: $0, limit: limit) }
        return SiteView.DiffView(
            base: CatalogDiff.describe(diff.base), head: CatalogDiff.describe(diff.head), warnings: warnings,
            unchanged: diff.isEmpty, settings: diff.settings.map { factRow($0.label, $0) }, sections: sections)
    }

    private func section(of section: CatalogDiff.Section, limit: Int?) -> SiteView.DiffSection {
        let kind = section.kind
        var left = 0
        func cut<T>(_ items: [T]) -> ArraySlice<T> {
            guard let limit, items.count > limit else { return items[...] }
            left += items.count - limit
            return items.prefix(limit)
        }
        let added = cut(section.added).map { SiteView.EntryItem(entryID: $0.id, entry: entryLink(kind, $0.id, name: $0.name)) }
        let removed = cut(section.removed).map { SiteView.EntryItem(entryID: $0.id, entry: Self.plain($0.name)) }
        let renamed = cut(section.renamed).map { rename in
            SiteView.RenameItem(
                from: rename.from, entryID: rename.to, entry: entryLink(kind, rename.to, name: rename.name),
                how: rename.reason == .alias ? "the alias became the id" : "\(rename.similarity)% kept")
        }
        let changed = cut(section.changed).map { change in
            SiteView.ChangedEntry(
                entry: entryLink(kind, change.id, name: change.name), entryID: change.id,
                renamedFrom: change.renamedFrom, rows: rows(of: change))
        }
        let title = kind.plural.prefix(1).uppercased() + kind.plural.dropFirst()
        return SiteView.DiffSection(
            heading: title, counts: CatalogDiff.counts(section), added: Array(added), removed: Array(removed),
            renamed: Array(renamed), changed: Array(changed),
            more: left == 0 ? nil : "and \(left) more (stackcat diff lists them all)")
    }

    /// The rows of a changed entry's table, in `DiffMarkdownFormat`'s order.
    private func rows(of change: CatalogDiff.Change) -> [SiteView.ChangeRow] {
        let root = ""
        func tool(_ id: String) -> SiteView.Link { toolLink(id, root: root) }
        func brief(_ text: String?) -> String { text.map { CatalogDiff.brief($0) } ?? "" }
        var rows = change.facts.map { factRow($0.label, $0) }
        for edge in change.relationsAdded {
            rows.append(
                SiteView.ChangeRow(
                    change: "relation " + edge.type, item: tool(edge.target), before: "",
                    after: "added" + (edge.note.map { ": " + CatalogDiff.brief($0) } ?? "")))
        }
        for edge in change.relationsRemoved {
            rows.append(SiteView.ChangeRow(change: "relation " + edge.type, item: tool(edge.target), before: brief(edge.note), after: "removed"))
        }
        for note in change.relationsChanged {
            let (old, new) = CatalogDiff.briefs(note.old, note.new)
            rows.append(
                SiteView.ChangeRow(
                    change: "note of relation " + note.type, item: tool(note.target),
                    before: note.old == nil ? "" : old, after: note.new == nil ? "" : new))
        }
        for member in change.componentsAdded {
            rows.append(
                SiteView.ChangeRow(
                    change: "component added", item: memberLink(member.id, name: member.name), before: "",
                    after: member.ring.rawValue + (member.note.map { ": " + CatalogDiff.brief($0) } ?? "")))
        }
        for member in change.componentsRemoved {
            rows.append(
                SiteView.ChangeRow(
                    change: "component removed", item: memberLink(member.id, name: member.name),
                    before: member.ring.rawValue, after: "removed"))
        }
        for member in change.componentsChanged {
            for fact in member.facts {
                rows.append(factRow("component " + fact.label.lowercased(), fact, item: memberLink(member.id, name: member.name)))
            }
        }
        for move in change.moves {
            rows.append(
                SiteView.ChangeRow(
                    change: "moved \(move.isInward ? "in" : "out")", item: memberLink(move.id, name: move.name),
                    before: move.from.rawValue, after: move.to.rawValue + (move.note.map { ": " + CatalogDiff.brief($0) } ?? "")))
        }
        return rows
    }

    /// A fact's row: a list's items removed and added, else the old and the new value, cut to a line.
    private func factRow(_ label: String, _ fact: CatalogDiff.FactChange, item: SiteView.Link? = nil) -> SiteView.ChangeRow {
        if fact.isList, fact.old != nil, fact.new != nil {
            return SiteView.ChangeRow(
                change: label, item: item,
                before: fact.removed.isEmpty ? "" : "− " + fact.removed.joined(separator: ", "),
                after: fact.added.isEmpty ? (fact.removed.isEmpty ? "reordered" : "") : "+ " + fact.added.joined(separator: ", "))
        }
        let (old, new) = CatalogDiff.briefs(fact.old, fact.new)
        return SiteView.ChangeRow(change: label, item: item, before: old, after: new)
    }

    /// A stack component: the tool's page, or an in-house part's name.
    private func memberLink(_ id: String, name: String) -> SiteView.Link {
        catalog.hasTool(id) ? toolLink(id, root: "") : Self.plain(name)
    }

    /// The page of an entry of this site, when the site has it (an entry of an older revision may be gone).
    func entryLink(_ kind: CatalogDiff.Kind, _ id: String, name: String) -> SiteView.Link {
        let href: String?
        switch kind {
        case .tool: href = catalog.hasTool(id) ? "tools/\(id).html" : nil
        case .stack: href = catalog.stack(id) != nil ? "stacks/\(id).html" : nil
        case .team: href = catalog.team(id) != nil ? "teams/\(id).html" : nil
        case .category: href = catalog.hasCategory(id) ? "categories/\(id).html" : nil
        case .role: href = catalog.role(id) != nil ? "index.html#role=\(id)" : nil
        case .relationType: href = catalog.relationType(id) != nil ? "relations/\(id).html" : nil
        }
        return SiteView.Link(name: name, href: href)
    }
}
