import StackcatModel
import StackcatQuery

/// `stackcat diff` as GitHub-flavoured Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`:
/// a heading per kind, lists of entries added, removed and renamed, and per changed entry a table of
/// its changes. Every catalog text is escaped (`Markdown`).
public enum DiffMarkdownFormat {
    public static let heading = "## Catalog changes"

    public static func render(_ diff: CatalogDiff) -> String {
        var out = heading + "\n\n"
        out += "Comparing \(code(CatalogDiff.describe(diff.base))) with \(code(CatalogDiff.describe(diff.head))).\n"
        for side in [diff.base, diff.head] where side.errorCount > 0 {
            out +=
                "\n> [!WARNING]\n> \(code(CatalogDiff.describe(side))) does not validate "
                + "(\(side.errorCount) error\(side.errorCount == 1 ? "" : "s")); what could be read is compared.\n\n"
            for error in side.errors {
                out += "- \(code(CatalogDiff.location(error) + "error"))\(Markdown.escapeInline(": " + error.message))\n"
            }
        }
        if diff.isEmpty { return out + "\nNo changes.\n" }
        if !diff.settings.isEmpty {
            out += "\n### Settings: \(diff.settings.count) changed\n\n| Change | Before | After |\n| --- | --- | --- |\n"
            for fact in diff.settings { out += factRow(fact.key, fact) }
        }
        for section in diff.sections where !section.isEmpty {
            let title = section.kind.plural.prefix(1).uppercased() + section.kind.plural.dropFirst()
            out += "\n### \(title): \(CatalogDiff.counts(section))\n\n"
            for entry in section.added { out += "- added \(code(entry.id)) \(Markdown.escapeInline(entry.name))\n" }
            for entry in section.removed { out += "- removed \(code(entry.id)) \(Markdown.escapeInline(entry.name))\n" }
            for rename in section.renamed {
                out +=
                    "- renamed \(code(rename.from)) → \(code(rename.to)) \(Markdown.escapeInline(rename.name))"
                    + (rename.reason == .alias ? " (the alias became the id)" : " (\(rename.similarity)% kept)") + "\n"
            }
            for change in section.changed {
                out +=
                    "\n#### \(code(change.id)) \(Markdown.escapeInline(change.name))"
                    + (change.renamedFrom.map { " (was \(code($0)))" } ?? "") + "\n\n"
                out += "| Change | Before | After |\n| --- | --- | --- |\n"
                for fact in change.facts { out += factRow(fact.key, fact) }
                for edge in change.relationsAdded { out += row("relation", "", "\(edge.type) \(edge.target)") }
                for edge in change.relationsRemoved { out += row("relation", "\(edge.type) \(edge.target)", "") }
                for note in change.relationsChanged {
                    let (old, new) = CatalogDiff.briefs(note.old, note.new)
                    out += row("relation \(note.type) \(note.target) note", note.old == nil ? "" : old, note.new == nil ? "" : new)
                }
                for member in change.componentsAdded {
                    out += row("component \(member.id)", "", member.ring.rawValue + (member.note.map { ": " + CatalogDiff.brief($0) } ?? ""))
                }
                for member in change.componentsRemoved { out += row("component \(member.id)", member.ring.rawValue, "") }
                for member in change.componentsChanged {
                    for fact in member.facts { out += factRow("component \(member.id) \(fact.key)", fact) }
                }
                for move in change.moves {
                    out += row(
                        "\(move.id) moved \(move.isInward ? "in" : "out")", move.from.rawValue,
                        move.to.rawValue + (move.note.map { ": " + CatalogDiff.brief($0) } ?? ""))
                }
            }
        }
        return out
    }

    /// A fact's row: a list's items removed and added, or the old and the new value.
    static func factRow(_ change: String, _ fact: CatalogDiff.FactChange) -> String {
        if fact.isList && fact.old != nil && fact.new != nil {
            return row(
                change, fact.removed.isEmpty ? "" : "− " + fact.removed.joined(separator: ", "),
                fact.added.isEmpty ? "" : "+ " + fact.added.joined(separator: ", "))
        }
        let (old, new) = CatalogDiff.briefs(fact.old, fact.new)
        return row(change, fact.old == nil ? "" : old, fact.new == nil ? "" : new)
    }

    static func row(_ cells: String...) -> String {
        "| " + cells.map { $0.isEmpty ? "" : Markdown.escapeCell($0) }.joined(separator: " | ") + " |\n"
    }

    /// An id or a revision as inline code, with a fence longer than any backtick run inside.
    static func code(_ text: String) -> String {
        let clean = String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        var longest = 0
        var run = 0
        for c in clean.utf8 {
            if c == UInt8(ascii: "`") {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + pad + clean + pad + fence
    }
}
