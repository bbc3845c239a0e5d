import StackcatModel
import StackcatQuery

/// `stackcat diff` for a terminal: per kind a heading with its counts, then one line per entry added
/// (+), removed (-), renamed (>) or changed (~), each change indented below its entry.
public enum DiffTextFormat {
    public static func render(_ diff: CatalogDiff) -> String {
        var out = "Comparing \(CatalogDiff.describe(diff.base)) with \(CatalogDiff.describe(diff.head))\n"
        for side in [diff.base, diff.head] where side.errorCount > 0 {
            out +=
                "\n\(CatalogDiff.describe(side)) does not validate (\(side.errorCount) error\(side.errorCount == 1 ? "" : "s")); "
                + "what could be read is compared:\n"
            for error in side.errors { out += "  \(CatalogDiff.location(error))error: \(error.message)\n" }
        }
        if diff.isEmpty { return out + "\nNo changes.\n" }
        if !diff.settings.isEmpty {
            out += "\nSettings: \(diff.settings.count) changed\n"
            for fact in diff.settings { out += "  ~ \(fact.key): " + CatalogDiff.describe(fact) + "\n" }
        }
        for section in diff.sections where !section.isEmpty {
            out += "\n\(section.kind.plural.prefix(1).uppercased() + section.kind.plural.dropFirst()): \(CatalogDiff.counts(section))\n"
            for entry in section.added { out += "  + \(entry.id)  \(entry.name)\n" }
            for entry in section.removed { out += "  - \(entry.id)  \(entry.name)\n" }
            for rename in section.renamed {
                out += "  > \(rename.from) → \(rename.to)  \(rename.name) (\(rename.reason == .alias ? "alias became the id" : "\(rename.similarity)% kept"))\n"
            }
            for change in section.changed {
                out += "  ~ \(change.id)  \(change.name)\n"
                for fact in change.facts {
                    out += "      \(fact.key): " + CatalogDiff.describe(fact) + "\n"
                }
                for edge in change.relationsAdded { out += "      + \(edge.type) \(edge.target)\n" }
                for edge in change.relationsRemoved { out += "      - \(edge.type) \(edge.target)\n" }
                for note in change.relationsChanged {
                    let (old, new) = CatalogDiff.briefs(note.old, note.new)
                    out += "      ~ \(note.type) \(note.target) note: \(old) → \(new)\n"
                }
                for member in change.componentsAdded {
                    out += "      + \(member.id) in \(member.ring.rawValue)" + (member.note.map { ": \(CatalogDiff.brief($0))" } ?? "") + "\n"
                }
                for member in change.componentsRemoved { out += "      - \(member.id) (was in \(member.ring.rawValue))\n" }
                for member in change.componentsChanged {
                    for fact in member.facts { out += "      ~ \(member.id) \(fact.key): " + CatalogDiff.describe(fact) + "\n" }
                }
                for move in change.moves {
                    out +=
                        "      \(move.id): \(move.from.rawValue) → \(move.to.rawValue) (moved \(move.isInward ? "in" : "out"))"
                        + (move.note.map { ": \(CatalogDiff.brief($0))" } ?? "") + "\n"
                }
            }
        }
        return out
    }
}
