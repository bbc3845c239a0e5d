import StackcatModel
import StackcatRendering

/// The JSON Schema of a tool file, generated from `ToolFact.fileFacts`: a property for every key,
/// typed by its kind, the required keys, and a conditional clause for each key whose presence
/// depends on the hosting. `schema/tool.schema.json` is this text (a test checks it).
enum ToolSchema {
    static let fileName = "tool.schema.json"

    static func text() -> String {
        let facts = ToolFact.fileFacts
        return JSONValue.object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://stackcat.dev/schema/\(fileName)")),
            ("title", .string("stackcat tool (catalog/tools/<id>.yaml)")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .strings(facts.filter { $0.presence == .required }.map(\.key))),
            ("definitions", definitions),
            ("properties", .object(facts.map { ($0.key, property($0)) })),
            ("allOf", .array(clauses(facts)))
        ]).rendered()
    }

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/definitions/\(name)"))]) }
    static let null: JSONValue = .object([("type", .string("null"))])
    /// A `logo:` path, as `LogoCheck.pathProblem` takes it.
    static let logoSchema: JSONValue = .object([
        ("type", .string("string")),
        ("pattern", .string(#"^(?!.*(^|/)\.)[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\.([Ss][Vv][Gg]|[Pp][Nn][Gg])$"#))
    ])
    static func nullable(_ types: String...) -> JSONValue { .strings(types + ["null"]) }

    /// A key's schema as the file states it: `nullable` lets an optional key be written `null`, which
    /// the loader takes as absent.
    static func valueSchema(_ fact: ToolFact, nullable: Bool) -> JSONValue {
        func orNull(_ schema: JSONValue) -> JSONValue { nullable ? .object([("anyOf", .array([schema, null]))]) : schema }
        func list(of items: JSONValue) -> JSONValue { .object([("type", .strings(["array", "null"])), ("items", items)]) }
        switch fact.kind {
        case .id, .category, .team: return orNull(ref("id"))
        case .text: return nullable ? ref("optionalText") : ref("text")
        case .summary:
            let lineBreaks = #"\n\r\u0085\u2028\u2029"#
            return .object([
                ("type", .string("string")), ("pattern", .string("^[^\(lineBreaks)]*\\S[^\(lineBreaks)]*\\n?$")),
                ("maxLength", .int(ToolFact.summaryLimit))
            ])
        case .markdown: return .object([("type", nullable ? .strings(["string", "null"]) : .string("string"))])
        case .url: return orNull(ref("url"))
        case .license:
            return .object([
                ("type", nullable ? .strings(["string", "null"]) : .string("string")),
                ("pattern", .string(#"^[A-Za-z0-9(][A-Za-z0-9.+:\- ()]*$"#))
            ])
        case .choice(let values): return .object([("enum", .array(values.map(JSONValue.string) + (nullable ? [.null] : [])))])
        case .year:
            return .object([
                ("type", nullable ? .strings(["integer", "null"]) : .string("integer")),
                ("minimum", .int(1900)), ("maximum", .int(2100))
            ])
        case .date: return orNull(ref("date"))
        case .categories, .roles: return list(of: ref("id"))
        case .words: return list(of: ref("text"))
        case .relations:
            return list(
                of: .object([
                    ("type", .string("object")), ("additionalProperties", .bool(false)),
                    ("required", .strings(["type", "target"])),
                    ("properties", .object([("type", ref("id")), ("target", ref("id")), ("note", ref("optionalText"))]))
                ]))
        case .sources: return list(of: .object([("anyOf", .array([ref("url"), ref("relativePath")]))]))
        case .logo: return orNull(logoSchema)
        }
    }

    static func property(_ fact: ToolFact) -> JSONValue {
        guard case .object(var pairs) = valueSchema(fact, nullable: fact.presence != .required) else { return .null }
        pairs.append(("description", .string(fact.documentation)))
        return .object(pairs)
    }

    /// The clauses that depend on the hosting, one per condition, in the order of the keys.
    static func clauses(_ facts: [ToolFact]) -> [JSONValue] {
        var conditions: [(hostings: [Hosting], holds: Bool, required: [String], properties: [(String, JSONValue)])] = []
        func add(_ hostings: [Hosting], holds: Bool, required: String?, property: (String, JSONValue)) {
            if let index = conditions.firstIndex(where: { $0.hostings == hostings && $0.holds == holds }) {
                if let required { conditions[index].required.append(required) }
                conditions[index].properties.append(property)
            } else {
                conditions.append((hostings, holds, required.map { [$0] } ?? [], [property]))
            }
        }
        for fact in facts {
            switch fact.presence {
            case .requiredExcept(let exempt): add(exempt, holds: false, required: fact.key, property: (fact.key, valueSchema(fact, nullable: false)))
            case .requiredFor(let hostings): add(hostings, holds: true, required: fact.key, property: (fact.key, valueSchema(fact, nullable: false)))
            case .optional, .required: break
            }
            // Only an in-house tool may cite paths inside its repository.
            if fact.kind == .sources {
                add([.inHouse], holds: false, required: nil, property: (fact.key, .object([("items", ref("url"))])))
            }
        }
        return conditions.map { condition in
            let values = JSONValue.strings(condition.hostings.map(\.rawValue))
            let names = condition.hostings.map(\.rawValue).joined(separator: " or ")
            let hosting: JSONValue = condition.holds ? .object([("enum", values)]) : .object([("not", .object([("enum", values)]))])
            var test: [(String, JSONValue)] = [("properties", .object([("hosting", hosting)]))]
            // A file without hosting is an error of its own; it does not make the key required.
            if condition.holds { test.insert(("required", .strings(["hosting"])), at: 0) }
            var then: [(String, JSONValue)] = []
            if !condition.required.isEmpty { then.append(("required", .strings(condition.required))) }
            then.append(("properties", .object(condition.properties)))
            return .object([
                ("$comment", .string("When hosting is \(condition.holds ? "" : "not ")\(names).")),
                ("if", .object(test)),
                ("then", .object(then))
            ])
        }
    }

    /// The value types the properties refer to, as every catalog schema has them.
    static let definitions: JSONValue = .object([
        (
            "id",
            .object([
                ("type", .string("string")), ("pattern", .string("^[a-z0-9]+(-[a-z0-9]+)*$")), ("maxLength", .int(Identifier.maxLength)),
                ("description", .string("Lower-case kebab-case, at most \(Identifier.maxLength) characters."))
            ])
        ),
        ("text", .object([("type", .string("string")), ("pattern", .string(#"\S"#)), ("description", .string("Non-empty text."))])),
        ("optionalText", .object([("type", nullable("string")), ("pattern", .string(#"\S"#))])),
        (
            "url",
            .object([
                ("type", .string("string")), ("pattern", .string(#"^[hH][tT][tT][pP][sS]?://[^/?#.:\s"<>\\][^\s"<>\\]*$"#)),
                ("description", .string("An absolute http(s) URL."))
            ])
        ),
        (
            "date",
            .object([
                ("description", .string("A calendar date, YYYY-MM-DD, written as people write dates: unquoted (as_of: 2018-04-26) or quoted.")),
                (
                    "anyOf",
                    .array([
                        .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"))]),
                        .object([
                            (
                                "$comment",
                                .string(
                                    "An unquoted date is a date value to YAML 1.1 loaders (PyYAML, ruamel.yaml, Ruby's Psych): a value of no JSON type, which only this branch matches. A validator given JSON (editors, YAML-to-JSON converters) sees the date as text and the first branch checks it."
                                )
                            ),
                            ("not", .object([("type", .strings(["string", "number", "boolean", "null", "array", "object"]))]))
                        ])
                    ])
                )
            ])
        ),
        (
            "relativePath",
            .object([
                ("type", .string("string")),
                ("pattern", .string(#"^(?!/)(?!~)(?!.*://)(?!.*//)(?!(.*/)?\.\.(/|$))[^ \\\#u{0}-\#u{1f}\#u{7f}]*[^ /\\\#u{0}-\#u{1f}\#u{7f}]$"#)),
                ("description", .string("A path inside the repository, relative, without '..' segments or spaces (in-house tools only)."))
            ])
        )
    ])
}

extension CatalogSchemas {
    /// The schemas `init` writes and `schema` prints: the embedded `schema/` files, with the tool
    /// file's schema generated from the declarations of its keys.
    public static func schemas(embedded: [(name: String, text: String)]) -> [(name: String, text: String)] {
        embedded.map { $0.name == ToolSchema.fileName ? ($0.name, ToolSchema.text()) : $0 }
    }

    /// The JSON Schema of a tool file, generated from `ToolFact.fileFacts`.
    public static func toolSchema() -> String { ToolSchema.text() }
}

extension ToolSchema {
    /// The keys of a tool file as a Markdown table (key, required, value), for the README
    /// (`stackcat schema tool --format markdown`). The documentation is Markdown of our own, kept as it is.
    static func markdownTable() -> String {
        var out = "| key | required | value |\n| --- | --- | --- |\n"
        for fact in ToolFact.fileFacts {
            let cells = ["`\(fact.key)`", required(fact.presence), fact.documentation]
            out += "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func required(_ presence: ToolFact.Presence) -> String {
        func tools(_ hostings: [Hosting]) -> String {
            let names = hostings.map { $0 == .pattern ? "patterns" : "\($0.rawValue) tools" }
            return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
        switch presence {
        case .required: return "yes"
        case .optional: return "no"
        case .requiredExcept(let exempt): return "yes, except for " + tools(exempt)
        case .requiredFor(let hostings): return "for " + tools(hostings)
        }
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self { out += character == "|" ? "\\|" : String(character) }
        return out
    }
}

extension CatalogSchemas {
    /// The keys of a tool file as a Markdown table: key, whether it is required, what its value is.
    public static func toolKeysMarkdown() -> String { ToolSchema.markdownTable() }
}
