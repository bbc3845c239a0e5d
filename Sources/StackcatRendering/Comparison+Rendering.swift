import StackcatQuery

/// Comparisons as tables and JSON: the query builds the rows, this file decides how they read.
extension Comparison {
    /// The table with a label column and one column per tool, headed by the tools' names.
    public var table: Table {
        Table(
            columns: [.init("")] + tools.map { .init($0.name) },
            rows: [["Id"] + tools.map(\.id)] + rows.map { [$0.label] + $0.values })
    }

    public var json: JSONValue {
        .object([
            ("tools", .array(tools.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            (
                "rows",
                .array(
                    rows.map { row in
                        .object([
                            ("section", .string(row.section.rawValue)), ("key", .string(row.key)),
                            ("label", .string(row.label)), ("values", .strings(row.values))
                        ])
                    })
            )
        ])
    }
}

extension StackComparison {
    public var table: Table {
        Table(
            columns: [.init("component"), .init("name"), .init(first.id), .init(second.id), .init("change")],
            rows: rows.map {
                [
                    $0.component, $0.name, $0.before?.rawValue ?? "", $0.after?.rawValue ?? "",
                    $0.change(first: first.id, second: second.id)
                ]
            })
    }

    public var json: JSONValue {
        .object([
            ("first", .string(first.id)),
            ("second", .string(second.id)),
            (
                "components",
                .array(
                    rows.map { row in
                        .object([
                            ("id", .string(row.component)), ("name", .string(row.name)),
                            ("first", .optional(row.before?.rawValue)), ("second", .optional(row.after?.rawValue)),
                            ("change", .string(row.change(first: first.id, second: second.id)))
                        ])
                    })
            )
        ])
    }
}
