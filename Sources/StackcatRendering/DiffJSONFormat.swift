import StackcatModel
import StackcatQuery

/// `stackcat diff --format json`: a stable shape, documented in the README.
///
/// ```
/// {"base": SIDE, "head": SIDE, "changed": bool, "settings": [FACT],
///  "tools" | "stacks" | "teams" | "categories" | "roles" | "relation-types":
///    {"added": [{"id", "name"}], "removed": [...], "renamed": [{"from", "to", "name", "reason", "similarity"}],
///     "changed": [{"id", "name", "renamed-from", "facts": [FACT],
///                  "relations-added" | "relations-removed": [{"type", "target", "note"}],
///                  "relations-changed": [{"type", "target", "old", "new"}],
///                  "components-added" | "components-removed": [{"id", "name", "ring", "note"}],
///                  "components-changed": [{"id", "name", "facts": [FACT]}],
///                  "moves": [{"id", "name", "from", "to", "direction", "note"}]}]}}
/// SIDE: {"label", "commit", "errors": [{"path", "line", "column", "message", "code"}], "error-count"}
/// FACT: {"key", "old", "new", "added"?, "removed"?} (added and removed: for lists)
/// ```
public enum DiffJSONFormat {
    public static func render(_ diff: CatalogDiff) -> String {
        var object: [(String, JSONValue)] = [
            ("base", side(diff.base)), ("head", side(diff.head)), ("changed", .bool(!diff.isEmpty)),
            ("settings", .array(diff.settings.map(fact)))
        ]
        for section in diff.sections {
            let key = section.kind == .relationType ? "relation-types" : section.kind.plural
            object.append(
                (
                    key,
                    .object([
                        ("added", .array(section.added.map(entry))),
                        ("removed", .array(section.removed.map(entry))),
                        (
                            "renamed",
                            .array(
                                section.renamed.map { rename in
                                    .object([
                                        ("from", .string(rename.from)), ("to", .string(rename.to)), ("name", .string(rename.name)),
                                        ("reason", .string(rename.reason.rawValue)), ("similarity", .int(rename.similarity))
                                    ])
                                })
                        ),
                        ("changed", .array(section.changed.map(change)))
                    ])
                ))
        }
        return JSONValue.object(object).rendered()
    }

    static func side(_ side: CatalogDiff.Side) -> JSONValue {
        .object([
            ("label", .string(side.label)), ("commit", .optional(side.commit)),
            (
                "errors",
                .array(
                    side.errors.map { error in
                        .object([
                            ("path", .optional(error.location?.path)), ("line", .optional(error.location?.span.start.line)),
                            ("column", .optional(error.location?.span.start.column)), ("message", .string(error.message)),
                            ("code", .string(error.code))
                        ])
                    })
            ),
            ("error-count", .int(side.errorCount))
        ])
    }

    static func entry(_ entry: CatalogDiff.Entry) -> JSONValue {
        .object([("id", .string(entry.id)), ("name", .string(entry.name))])
    }

    static func change(_ change: CatalogDiff.Change) -> JSONValue {
        func edge(_ edge: CatalogDiff.Edge) -> JSONValue {
            .object([("type", .string(edge.type)), ("target", .string(edge.target)), ("note", .optional(edge.note))])
        }
        func member(_ member: CatalogDiff.Member) -> JSONValue {
            .object([
                ("id", .string(member.id)), ("name", .string(member.name)), ("ring", .string(member.ring.rawValue)),
                ("note", .optional(member.note))
            ])
        }
        return .object([
            ("id", .string(change.id)), ("name", .string(change.name)), ("renamed-from", .optional(change.renamedFrom)),
            ("facts", .array(change.facts.map(fact))),
            ("relations-added", .array(change.relationsAdded.map(edge))),
            ("relations-removed", .array(change.relationsRemoved.map(edge))),
            (
                "relations-changed",
                .array(
                    change.relationsChanged.map { note in
                        .object([("type", .string(note.type)), ("target", .string(note.target)), ("old", .optional(note.old)), ("new", .optional(note.new))])
                    })
            ),
            ("components-added", .array(change.componentsAdded.map(member))),
            ("components-removed", .array(change.componentsRemoved.map(member))),
            (
                "components-changed",
                .array(
                    change.componentsChanged.map { member in
                        .object([("id", .string(member.id)), ("name", .string(member.name)), ("facts", .array(member.facts.map(fact)))])
                    })
            ),
            (
                "moves",
                .array(
                    change.moves.map { move in
                        .object([
                            ("id", .string(move.id)), ("name", .string(move.name)), ("from", .string(move.from.rawValue)),
                            ("to", .string(move.to.rawValue)), ("direction", .string(move.isInward ? "in" : "out")),
                            ("note", .optional(move.note))
                        ])
                    })
            )
        ])
    }

    static func fact(_ fact: CatalogDiff.FactChange) -> JSONValue {
        var object: [(String, JSONValue)] = [("key", .string(fact.key)), ("old", .optional(fact.old)), ("new", .optional(fact.new))]
        if fact.isList { object += [("added", .strings(fact.added)), ("removed", .strings(fact.removed))] }
        return .object(object)
    }
}
