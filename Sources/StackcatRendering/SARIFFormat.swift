import StackcatModel

/// SARIF 2.1.0 (`validate --format sarif`), for code-scanning services and editors.
public enum SARIFFormat {
    public static func render(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        // The driver lists every rule, so a rule's index is the same in every report.
        let ruleIndex = Dictionary(uniqueKeysWithValues: Rule.all.enumerated().map { ($1.id, $0) })
        let rules: [JSONValue] = Rule.all.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("helpUri", .string(rule.documentationURL)),
                ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))]))
            ])
        }
        let results: [JSONValue] = diagnostics.map { d in
            var pairs: [(String, JSONValue)] = [
                ("ruleId", .string(d.code)),
                ("ruleIndex", .int(ruleIndex[d.code] ?? 0)),
                ("level", .string(d.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(d.message))]))
            ]
            if let location = d.location {
                pairs.append(("locations", .array([.object([("physicalLocation", physicalLocation(location))])])))
            }
            let related = d.notes.filter { $0.location != nil && $0.location != d.location }
            if !related.isEmpty {
                pairs.append(
                    (
                        "relatedLocations",
                        .array(
                            related.enumerated().map { i, note in
                                .object([
                                    ("id", .int(i + 1)), ("physicalLocation", physicalLocation(note.location!)),
                                    ("message", .object([("text", .string(note.message))]))
                                ])
                            })
                    ))
            }
            let remarks = d.notes.filter { $0.location == nil || $0.location == d.location }.map(\.message)
            if !remarks.isEmpty {
                pairs.append(("properties", .object([("notes", .strings(remarks))])))
            }
            if let replacement = d.replacement, let location = d.location {
                pairs.append(
                    (
                        "fixes",
                        .array([
                            .object([
                                ("description", .object([("text", .string("replace with '\(replacement)'"))])),
                                (
                                    "artifactChanges",
                                    .array([
                                        .object([
                                            ("artifactLocation", artifact(location.path)),
                                            (
                                                "replacements",
                                                .array([
                                                    .object([
                                                        ("deletedRegion", region(location.span)),
                                                        ("insertedContent", .object([("text", .string(replacement))]))
                                                    ])
                                                ])
                                            )
                                        ])
                                    ])
                                )
                            ])
                        ])
                    ))
            }
            return .object(pairs)
        }
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("stackcat")),
                                        ("version", .string(toolVersion)),
                                        ("informationUri", .string(Rule.repositoryURL)),
                                        ("rules", .array(rules))
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(results))
                    ])
                ])
            )
        ]).rendered()
    }

    static func physicalLocation(_ location: SourceLocation) -> JSONValue {
        .object([("artifactLocation", artifact(location.path)), ("region", region(location.span))])
    }

    static func artifact(_ path: String) -> JSONValue {
        .object([("uri", .string(percentEncoded(path)))])
    }

    static func region(_ span: SourceSpan) -> JSONValue {
        let end = span.end.offset > span.start.offset ? span.end : span.start
        return .object([
            ("startLine", .int(span.start.line)),
            ("startColumn", .int(span.start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(max(end.column, span.start.line == end.line ? span.start.column : 1))),
            ("byteOffset", .int(span.start.offset)),
            ("byteLength", .int(max(0, end.offset - span.start.offset)))
        ])
    }

    /// A relative URI reference: unreserved characters and `/` stay, everything else is %-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

/// GitHub Actions workflow commands (`validate --format github`): one `::error` or `::warning` line per
/// diagnostic, which GitHub shows as an annotation on the file and line.
public enum GitHubFormat {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            var properties: [String] = []
            if let location = d.location {
                let span = location.span
                properties.append("file=\(escapeProperty(location.path))")
                properties.append("line=\(span.start.line)")
                properties.append("col=\(span.start.column)")
                let endLine = max(span.start.line, span.end.line)
                properties.append("endLine=\(endLine)")
                let endColumn = endLine == span.start.line ? max(span.start.column, span.end.column - 1) : max(1, span.end.column - 1)
                properties.append("endColumn=\(endColumn)")
            }
            properties.append("title=\(escapeProperty("stackcat " + d.code))")
            let message = ([d.message] + d.notes.map { "note: " + $0.message }).joined(separator: "\n")
            return "::\(d.severity == .error ? "error" : "warning") \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }.joined()
    }

    /// The message part: `%`, CR and LF are encoded.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: like the message, and also `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingColonsAndCommas()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    func replacingColonsAndCommas() -> String {
        var out = ""
        for c in self {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.append(c)
            }
        }
        return out
    }
}
