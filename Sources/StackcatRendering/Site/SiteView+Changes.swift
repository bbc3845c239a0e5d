/// The Changes page's values (`SiteGenerator+Changes.swift` makes them from `SiteChanges`).
extension SiteView {
    /// One line of a changed entry's table: what changed (with a link to what it names, when that
    /// has a page), before and after.
    struct ChangeRow {
        let change: String
        let item: Link?
        let before: String
        let after: String
    }

    struct ChangedEntry {
        let entry: Link
        let entryID: String
        let renamedFrom: String?
        let rows: [ChangeRow]
    }

    /// An entry added or removed (removed ones have no page, so their link is plain text).
    struct EntryItem {
        let entryID: String
        let entry: Link
    }

    struct RenameItem {
        let from: String
        let entryID: String
        let entry: Link
        let how: String
    }

    /// The changes to one kind of entry.
    struct DiffSection {
        let heading: String
        let counts: String
        let added: [EntryItem]
        let removed: [EntryItem]
        let renamed: [RenameItem]
        let changed: [ChangedEntry]
        /// On a timeline revision, when the lists were cut: how many were left out.
        let more: String?
    }

    /// A side that does not validate: what the page says about it.
    struct SideWarning {
        let side: String
        let errorCount: String
        let errors: [String]
    }

    struct DiffView {
        let base: String
        let head: String
        let warnings: [SideWarning]
        let unchanged: Bool
        let settings: [ChangeRow]
        let sections: [DiffSection]
    }

    struct TimelineEntry {
        let anchor: String
        let short: String
        let commit: String
        let date: String
        let datetime: String
        let subject: String
        let summary: String
        let diff: DiffView
    }

    struct ChangesPage {
        let title: String
        let root = ""
        let marker: String
        let since: DiffView?
        let history: [TimelineEntry]
        /// Says how many revisions the timeline holds, and why fewer than asked.
        let historyNote: String?
        let hasHistory: Bool
    }

    /// Values every page's frame reads (the navigation), below the page's own in scope.
    struct Frame {
        let changesPage: Bool
        /// The catalog has stacks, teams: the navigation links to them.
        let stacksSection: Bool
        let teamsSection: Bool
        /// `site:` of `catalog.yaml`: the title in the header and every `<title>`, the header's logo
        /// (a link from this page), the footer's text, and this page's canonical address.
        var siteTitle = SiteGenerator.defaultTitle
        var siteLogo: String? = nil
        var footer: String? = nil
        var canonical: String? = nil
    }
}

extension SiteView.ChangeRow: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "change": return change.templateValue
        case "item": return item.templateValue
        case "before": return before.templateValue
        case "after": return after.templateValue
        default: return .none
        }
    }
}

extension SiteView.ChangedEntry: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "entry": return entry.templateValue
        case "entryID": return entryID.templateValue
        case "renamedFrom": return renamedFrom.templateValue
        case "rows": return rows.templateValue
        default: return .none
        }
    }
}

extension SiteView.EntryItem: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "entryID": return entryID.templateValue
        case "entry": return entry.templateValue
        default: return .none
        }
    }
}

extension SiteView.RenameItem: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "from": return from.templateValue
        case "entryID": return entryID.templateValue
        case "entry": return entry.templateValue
        case "how": return how.templateValue
        default: return .none
        }
    }
}

extension SiteView.DiffSection: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "heading": return heading.templateValue
        case "counts": return counts.templateValue
        case "added": return added.templateValue
        case "removed": return removed.templateValue
        case "renamed": return renamed.templateValue
        case "changed": return changed.templateValue
        case "more": return more.templateValue
        default: return .none
        }
    }
}

extension SiteView.SideWarning: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "side": return side.templateValue
        case "errorCount": return errorCount.templateValue
        case "errors": return errors.templateValue
        default: return .none
        }
    }
}

extension SiteView.DiffView: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "base": return base.templateValue
        case "head": return head.templateValue
        case "warnings": return warnings.templateValue
        case "unchanged": return unchanged.templateValue
        case "settings": return settings.templateValue
        case "sections": return sections.templateValue
        default: return .none
        }
    }
}

extension SiteView.TimelineEntry: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "anchor": return anchor.templateValue
        case "short": return short.templateValue
        case "commit": return commit.templateValue
        case "date": return date.templateValue
        case "datetime": return datetime.templateValue
        case "subject": return subject.templateValue
        case "summary": return summary.templateValue
        case "diff": return diff.templateValue
        default: return .none
        }
    }
}

extension SiteView.ChangesPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "since": return since.templateValue
        case "history": return history.templateValue
        case "historyNote": return historyNote.templateValue
        case "hasHistory": return hasHistory.templateValue
        default: return .none
        }
    }
}

extension SiteView.Frame: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "changesPage": return changesPage.templateValue
        case "stacksSection": return stacksSection.templateValue
        case "teamsSection": return teamsSection.templateValue
        case "siteTitle": return siteTitle.templateValue
        case "siteLogo": return siteLogo.templateValue
        case "footer": return footer.templateValue
        case "canonical": return canonical.templateValue
        default: return .none
        }
    }
}
