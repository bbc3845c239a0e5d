import CLibYAML
import StackcatModel

/// Reads one YAML file into positioned nodes by walking libyaml's event stream with an explicit
/// stack, so that no input depth can overflow the call stack.
public struct YAMLReader: Sendable {
    /// Collections nested deeper than this are an error; catalog files need a handful of levels.
    public var maxDepth: Int = 128
    /// The most nodes that aliases may add to one document; past it the file is an "alias bomb".
    public var maxAliasExpansion: Int = 100_000
    /// The most duplicate-key diagnostics kept for one file; the rest are counted in
    /// `omittedDuplicateKeys`, never made, so a file of a million repeated keys stays small in memory.
    public var maxDuplicateKeyDiagnostics: Int = .max

    public init() {}

    /// Like `read(_:)`, keeping at most `limit` duplicate-key diagnostics and counting the rest.
    public func read(_ text: SourceText, limit: Int) -> (root: YAMLNode?, diagnostics: [Diagnostic], omittedDuplicateKeys: Int) {
        var reader = self
        reader.maxDuplicateKeyDiagnostics = limit
        if UTF8Validation.firstInvalidOffset(in: text.bytes) != nil || UTF8Validation.wideEncoding(of: text.bytes) != nil {
            let (roots, diagnostics) = reader.read(text, multipleDocuments: false)
            return (roots.first, diagnostics, 0)
        }
        var session = ReaderSession(text: text, limits: reader, multipleDocuments: false)
        let (roots, diagnostics) = session.run()
        return (roots.first, diagnostics, session.omittedDuplicateKeys)
    }

    /// The nodes of the file's single document (nil for an empty stream) and every problem found.
    /// A second document is an error: a catalog file holds one.
    public func read(_ text: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let (roots, diagnostics) = read(text, multipleDocuments: false)
        return (roots.first, diagnostics)
    }

    /// The root of every document in the stream, in order, for formats that put several documents
    /// in one file (Backstage's `catalog-info.yaml`). Anchors and the alias budget are per document,
    /// as YAML has them. After a syntax error the documents before it are still returned.
    public func readDocuments(_ text: SourceText) -> (roots: [YAMLNode], diagnostics: [Diagnostic]) {
        read(text, multipleDocuments: true)
    }

    private func read(_ text: SourceText, multipleDocuments: Bool) -> (roots: [YAMLNode], diagnostics: [Diagnostic]) {
        let wide = UTF8Validation.wideEncoding(of: text.bytes)
        if let bad = UTF8Validation.firstInvalidOffset(in: text.bytes) {
            let position = text.position(ofOffset: bad)
            let byte = String(text.bytes[bad], radix: 16, uppercase: true)
            let location = SourceLocation(path: text.path, span: SourceSpan(start: position, end: position))
            return ([], [Diagnostics.invalidUTF8(byte: byte, at: location, looksLike: wide)])
        }
        if let wide {
            return ([], [Diagnostics.wideEncoding(wide, at: SourceLocation(path: text.path, span: .fileStart))])
        }
        var session = ReaderSession(text: text, limits: self, multipleDocuments: multipleDocuments)
        return session.run()
    }
}

private struct Frame {
    var isMapping: Bool
    var start: SourcePosition
    var anchor: String?
    var tag: Int32
    /// Where this collection's children begin in `ReaderSession.pending`.
    var base: Int
}

private typealias Record = YAMLDocument.Record

private struct ReaderSession {
    let text: SourceText
    let limits: YAMLReader
    var marks: MarkConverter
    var diagnostics: [Diagnostic] = []
    /// Duplicate keys past `limits.maxDuplicateKeyDiagnostics`: counted, not reported one by one.
    var omittedDuplicateKeys = 0
    // The document being built: see `YAMLDocument`.
    var records: [Record] = []
    var strings: [String] = []
    var children: [Int32] = []
    /// Finished nodes whose collection has not ended yet, innermost collection last.
    var pending: [Int32] = []
    var anchors: [String: Int32] = [:]
    var stack: [Frame] = []
    var root: Int32?
    /// The roots of finished documents, in multi-document mode.
    var roots: [Int32] = []
    let multipleDocuments: Bool
    var documents = 0
    var expanded = 0

    init(text: SourceText, limits: YAMLReader, multipleDocuments: Bool) {
        self.text = text
        self.limits = limits
        self.multipleDocuments = multipleDocuments
        self.marks = MarkConverter(text: text)
        // Catalog files have about one node per dozen bytes.
        let estimate = min(text.bytes.count / 12 + 8, 1 << 16)
        records.reserveCapacity(estimate)
        strings.reserveCapacity(estimate)
        children.reserveCapacity(estimate)
        pending.reserveCapacity(64)
    }

    mutating func location(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceLocation {
        SourceLocation(path: text.path, span: span(start, end))
    }

    mutating func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceSpan {
        let s = marks.position(line0: Int(start.line), column0: Int(start.column))
        let e = marks.position(line0: Int(end.line), column0: Int(end.column))
        return SourceSpan(start: s, end: e)
    }

    mutating func run() -> (roots: [YAMLNode], diagnostics: [Diagnostic]) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return ([], [Diagnostics.yamlInternal("libyaml could not allocate a parser", path: text.path)])
        }
        defer { yaml_parser_delete(&parser) }
        text.bytes.withUnsafeBufferPointer { buffer in
            // libyaml wants a non-null pointer even for an empty input.
            let empty: [UInt8] = [0]
            empty.withUnsafeBufferPointer { fallback in
                let base = buffer.baseAddress ?? fallback.baseAddress!
                yaml_parser_set_input_string(&parser, base, buffer.count)
                parseEvents(&parser)
            }
        }
        if let root { roots.append(root) }
        guard !roots.isEmpty else { return ([], diagnostics) }
        let document = YAMLDocument(records: records, strings: strings, children: children)
        return (roots.map { YAMLNode(document, $0) }, diagnostics)
    }

    /// Returns when the stream ends or the first fatal problem is recorded.
    mutating func parseEvents(_ parser: inout yaml_parser_t) {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return
            }
            defer { yaml_event_delete(&event) }
            let keepGoing = handle(event)
            if !keepGoing || event.type == YAML_STREAM_END_EVENT { return }
        }
    }

    mutating func addString(_ string: String) -> Int32 {
        strings.append(string)
        return Int32(strings.count - 1)
    }

    mutating func handle(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if multipleDocuments {
                if let root { roots.append(root) }
                root = nil
                anchors = [:]
                expanded = 0
            } else if documents > 1 {
                diagnostics.append(Diagnostics.multipleDocuments(at: location(event.start_mark, event.end_mark)))
                return false
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = Self.string(data.value, length: data.length)
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let tag = Self.optionalString(data.tag)
            var resolved = YAMLScalar.resolve(value: value, style: style, tag: tag)
            if let tag,
                let problem = YAMLTags.problem(
                    tag, scalar: value, resolved: resolved,
                    at: location(event.start_mark, event.end_mark))
            {
                diagnostics.append(problem)
                // Reported once here; read as the text it is, so no "found an integer" follows.
                resolved = .string
            }
            let record = Record(
                kind: .scalar, style: style, resolvedType: resolved, tag: tag.map { addString($0) } ?? -1,
                value: addString(value), count: 0, weight: 1, span: span(event.start_mark, event.end_mark))
            return complete(record, anchor: Self.optionalString(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.optionalString(event.data.alias.anchor) ?? ""
            let here = location(event.start_mark, event.end_mark)
            guard let target = anchors[name] else {
                diagnostics.append(Diagnostics.unknownAlias(name, at: here))
                return false
            }
            var record = records[Int(target)]
            expanded = expanded &+ record.weight
            if expanded > limits.maxAliasExpansion || expanded < 0 {
                diagnostics.append(Diagnostics.aliasBomb(name, limit: limits.maxAliasExpansion, at: here))
                return false
            }
            // The copy shares the anchored node's children; its position is the alias itself, so
            // messages about it land there.
            record.span = here.span
            return complete(record, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if stack.count >= limits.maxDepth {
                diagnostics.append(
                    Diagnostics.nestingTooDeep(
                        limit: limits.maxDepth,
                        at: location(event.start_mark, event.end_mark)))
                return false
            }
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = Self.optionalString(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
            if let tag,
                let problem = YAMLTags.problem(
                    tag, collection: isMapping ? .mapping : .sequence,
                    at: location(event.start_mark, event.end_mark))
            {
                diagnostics.append(problem)
            }
            let start = marks.position(line0: Int(event.start_mark.line), column0: Int(event.start_mark.column))
            stack.append(
                Frame(
                    isMapping: isMapping, start: start, anchor: Self.optionalString(anchor),
                    tag: tag.map { addString($0) } ?? -1, base: pending.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            let end = marks.position(line0: Int(event.end_mark.line), column0: Int(event.end_mark.column))
            let span = SourceSpan(start: frame.start, end: max(end, frame.start))
            let first = children.count
            if frame.isMapping {
                buildMapping(from: frame.base)
            } else {
                children.append(contentsOf: pending[frame.base...])
            }
            pending.removeSubrange(frame.base...)
            var weight = 1
            for child in children[first...] { weight = weight &+ records[Int(child)].weight }
            let record = Record(
                kind: frame.isMapping ? .mapping : .sequence, style: .plain, resolvedType: .string,
                tag: frame.tag, value: Int32(first), count: Int32(children.count - first),
                weight: weight, span: span)
            return complete(record, anchor: frame.anchor)
        default:
            break
        }
        return true
    }

    mutating func complete(_ record: Record, anchor: String?) -> Bool {
        records.append(record)
        let index = Int32(records.count - 1)
        if let anchor { anchors[anchor] = index }
        if stack.isEmpty {
            root = index
        } else {
            pending.append(index)
        }
        return true
    }

    func scalarText(_ record: Record) -> String? {
        record.kind == .scalar ? strings[Int(record.value)] : nil
    }

    /// Appends the pairs of the mapping whose keys and values start at `pending[base]` to `children`,
    /// reporting duplicate keys and applying merge keys: explicit keys win over merged ones, and
    /// earlier merge sources win over later ones.
    mutating func buildMapping(from base: Int) {
        let first = children.count
        var seen = KeyIndex(expected: (pending.count - base) / 2)
        var mergeSources: [Int32] = []
        var index = base
        while index + 1 < pending.count {
            let key = pending[index]
            let value = pending[index + 1]
            index += 2
            let keyRecord = records[Int(key)]
            if let keyText = scalarText(keyRecord) {
                if keyText.utf8.count == 2, keyText == "<<", keyRecord.style == .plain, keyRecord.tag < 0 {
                    mergeSources.append(value)
                    continue
                }
                if let earlier = seen.earlierIndex(of: keyText, orAddAt: (children.count - first) / 2) {
                    guard diagnostics.count < limits.maxDuplicateKeyDiagnostics else {
                        omittedDuplicateKeys += 1
                        continue
                    }
                    let earlierKey = records[Int(children[first + 2 * earlier])]
                    diagnostics.append(
                        Diagnostics.duplicateKey(
                            keyText,
                            at: SourceLocation(path: text.path, span: keyRecord.span),
                            first: SourceLocation(path: text.path, span: earlierKey.span)))
                    continue
                }
            }
            children.append(key)
            children.append(value)
        }
        for source in mergeSources {
            let sourceRecord = records[Int(source)]
            var mappings: [YAMLDocument.Record] = []
            switch sourceRecord.kind {
            case .mapping:
                mappings = [sourceRecord]
            case .sequence:
                let items = children[Int(sourceRecord.value)..<Int(sourceRecord.value + sourceRecord.count)].map { records[Int($0)] }
                if items.allSatisfy({ $0.kind == .mapping }) { mappings = items }
            case .scalar:
                break
            }
            if mappings.isEmpty && !(sourceRecord.kind == .sequence && sourceRecord.count == 0) {
                diagnostics.append(Diagnostics.badMergeValue(at: SourceLocation(path: text.path, span: sourceRecord.span)))
                continue
            }
            for mapping in mappings {
                var i = Int(mapping.value)
                let end = i + Int(mapping.count)
                while i < end {
                    let key = children[i]
                    let value = children[i + 1]
                    i += 2
                    if let keyText = scalarText(records[Int(key)]) {
                        if seen.earlierIndex(of: keyText, orAddAt: (children.count - first) / 2) != nil { continue }
                    }
                    children.append(key)
                    children.append(value)
                }
            }
        }
    }

    mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            let position = text.position(ofOffset: Int(parser.problem_offset))
            let here = SourceLocation(path: text.path, span: SourceSpan(start: position, end: position))
            diagnostics.append(Diagnostics.yamlSyntax(problem, at: here, context: nil))
            return
        }
        if parser.error == YAML_MEMORY_ERROR {
            diagnostics.append(Diagnostics.yamlInternal("libyaml ran out of memory", path: text.path))
            return
        }
        let mark = parser.problem_mark
        let here = location(mark, mark)
        var context: Diagnostic.Note?
        if let contextText = parser.context.map({ String(cString: $0) }) {
            context = Diagnostic.Note(contextText, at: location(parser.context_mark, parser.context_mark))
        }
        diagnostics.append(Diagnostics.yamlSyntax(problem, at: here, context: context))
    }

    /// Key → pair index: a linear scan for the small mappings of catalog files, a dictionary past that.
    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
