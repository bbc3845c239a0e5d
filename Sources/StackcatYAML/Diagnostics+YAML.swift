import StackcatModel

/// The messages of the YAML reader.
extension Diagnostics {
    /// `looksLike`: "UTF-16" or "UTF-32" when the file seems to be in one (a byte order mark, NULs).
    static func invalidUTF8(byte: String, at location: SourceLocation, looksLike encoding: String? = nil) -> Diagnostic {
        Diagnostic(
            .invalidUtf8, "invalid UTF-8 (byte 0x\(byte)); catalog files must be UTF-8 text",
            at: location, notes: [.init(encoding.map { "the file looks like \($0); save it as UTF-8" } ?? "re-save the file as UTF-8")])
    }

    static func wideEncoding(_ encoding: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUtf8, "the file looks like \(encoding) (it is full of NUL bytes); catalog files must be UTF-8 text",
            at: location, notes: [.init("save it as UTF-8 (in most editors: Save As, encoding UTF-8)")])
    }

    static func yamlSyntax(_ problem: String, at location: SourceLocation, context: Diagnostic.Note?) -> Diagnostic {
        Diagnostic(
            .yamlSyntax, "YAML syntax error: \(problem)", at: location,
            notes: context.map { [$0] } ?? [])
    }

    static func yamlInternal(_ problem: String, path: String) -> Diagnostic {
        Diagnostic(.yamlSyntax, problem, at: SourceLocation(path: path, span: .fileStart))
    }

    static func multipleDocuments(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .multipleDocuments, "a catalog file holds one YAML document; this starts a second one",
            at: location, notes: [.init("remove the '---' line and what follows, or move it into a file of its own")])
    }

    static func unknownAlias(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownAlias, "alias '*\(name)' names no anchor defined before it", at: location)
    }

    static func aliasBomb(_ name: String, limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .aliasLimit, "alias '*\(name)' expands the document beyond \(limit) nodes; aliases that multiply like this are refused",
            at: location)
    }

    static func nestingTooDeep(limit: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .nestingLimit, "lists and mappings are nested more than \(limit) levels deep",
            at: location)
    }

    static func duplicateKey(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateKey, "duplicate key '\(key)'", at: location,
            notes: [.init("'\(key)' is first defined here", at: first)])
    }

    static func unsupportedTag(_ tag: String, at location: SourceLocation) -> Diagnostic {
        let standard = tag.hasPrefix("!!")
        return Diagnostic(
            .unsupportedTag, standard ? "tag \(tag) is not supported" : "unknown tag \(tag)", at: location,
            notes: [.init("catalog values need no tags; remove '\(tag)'")])
    }

    static func tagDoesNotFit(_ tag: String, value: String, expected: YAMLScalarType, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .wrongType, "the tag \(tag) is wrong: '\(value)' is not \(expected)", at: location,
            notes: [.init("remove '\(tag)'")])
    }

    static func badMergeValue(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, "a merge key '<<' takes a mapping or a list of mappings", at: location)
    }
}
