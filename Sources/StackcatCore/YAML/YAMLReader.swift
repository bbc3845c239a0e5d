import CLibYAML

/// Reads one YAML file into positioned nodes by walking libyaml's event stream with an explicit
/// stack, so that no input depth can overflow the call stack.
public struct YAMLReader: Sendable {
    /// Collections nested deeper than this are an error; catalog files need a handful of levels.
    public var maxDepth: Int = 128
    /// The most nodes that aliases may add to one document; past it the file is an "alias bomb".
    public var maxAliasExpansion: Int = 100_000

    public init() {}

    /// The nodes of the file's single document (nil for an empty stream) and every problem found.
    public func read(_ text: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        if let bad = UTF8Validation.firstInvalidOffset(in: text.bytes) {
            let position = text.position(ofOffset: bad)
            let byte = String(text.bytes[bad], radix: 16, uppercase: true)
            let location = SourceLocation(path: text.path, span: SourceSpan(start: position, end: position))
            return (nil, [Diagnostics.invalidUTF8(byte: byte, at: location)])
        }
        var session = ReaderSession(text: text, limits: self)
        return session.run()
    }
}

private struct Frame {
    var isMapping: Bool
    var start: SourcePosition
    var anchor: String?
    var tag: String?
    var items: [YAMLNode] = []
}

private struct ReaderSession {
    let text: SourceText
    let limits: YAMLReader
    var marks: MarkConverter
    var diagnostics: [Diagnostic] = []
    var anchors: [String: YAMLNode] = [:]
    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0
    var expanded = 0

    init(text: SourceText, limits: YAMLReader) {
        self.text = text
        self.limits = limits
        self.marks = MarkConverter(text: text)
    }

    mutating func location(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceLocation {
        SourceLocation(path: text.path, span: span(start, end))
    }

    mutating func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceSpan {
        let s = marks.position(line0: Int(start.line), column0: Int(start.column))
        let e = marks.position(line0: Int(end.line), column0: Int(end.column))
        return SourceSpan(start: s, end: e)
    }

    mutating func run() -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return (nil, [Diagnostics.yamlInternal("libyaml could not allocate a parser", path: text.path)])
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
        return (root, diagnostics)
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

    mutating func handle(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
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
            let node = YAMLNode(.scalar(YAMLScalar(value: value, style: style, tag: tag)),
                                span: span(event.start_mark, event.end_mark), tag: tag)
            return complete(node, anchor: Self.optionalString(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.optionalString(event.data.alias.anchor) ?? ""
            let here = location(event.start_mark, event.end_mark)
            guard var node = anchors[name] else {
                diagnostics.append(Diagnostics.unknownAlias(name, at: here))
                return false
            }
            expanded = expanded &+ node.weight
            if expanded > limits.maxAliasExpansion || expanded < 0 {
                diagnostics.append(Diagnostics.aliasBomb(name, limit: limits.maxAliasExpansion, at: here))
                return false
            }
            // Positions of an alias point at the alias itself, so messages about it land there.
            node.span = here.span
            return complete(node, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if stack.count >= limits.maxDepth {
                diagnostics.append(Diagnostics.nestingTooDeep(limit: limits.maxDepth,
                                                              at: location(event.start_mark, event.end_mark)))
                return false
            }
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let start = marks.position(line0: Int(event.start_mark.line), column0: Int(event.start_mark.column))
            stack.append(Frame(isMapping: isMapping, start: start,
                               anchor: Self.optionalString(anchor), tag: Self.optionalString(tag)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            let end = marks.position(line0: Int(event.end_mark.line), column0: Int(event.end_mark.column))
            let span = SourceSpan(start: frame.start, end: max(end, frame.start))
            let node: YAMLNode
            if frame.isMapping {
                node = YAMLNode(.mapping(buildMapping(frame.items)), span: span, tag: frame.tag)
            } else {
                node = YAMLNode(.sequence(frame.items), span: span, tag: frame.tag)
            }
            return complete(node, anchor: frame.anchor)
        default:
            break
        }
        return true
    }

    mutating func complete(_ node: YAMLNode, anchor: String?) -> Bool {
        if let anchor { anchors[anchor] = node }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].items.append(node)
        }
        return true
    }

    /// Pairs up keys and values, reports duplicate keys and applies merge keys: explicit keys win
    /// over merged ones, and earlier merge sources win over later ones.
    mutating func buildMapping(_ items: [YAMLNode]) -> [YAMLPair] {
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(items.count / 2)
        var seen = KeyIndex(expected: items.count / 2)
        var mergeSources: [YAMLNode] = []
        var index = 0
        while index + 1 < items.count {
            let key = items[index], value = items[index + 1]
            index += 2
            if let scalar = key.scalar, scalar.value == "<<", scalar.style == .plain, scalar.tag == nil {
                mergeSources.append(value)
                continue
            }
            if let scalar = key.scalar {
                if let first = seen[scalar.value] {
                    diagnostics.append(Diagnostics.duplicateKey(
                        scalar.value,
                        at: SourceLocation(path: text.path, span: key.span),
                        first: SourceLocation(path: text.path, span: pairs[first].key.span)))
                    continue
                }
                seen[scalar.value] = pairs.count
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
        for source in mergeSources {
            let mappings: [YAMLNode]
            switch source.content {
            case .mapping: mappings = [source]
            case .sequence(let list) where list.allSatisfy({ $0.mapping != nil }): mappings = list
            default:
                diagnostics.append(Diagnostics.badMergeValue(at: SourceLocation(path: text.path, span: source.span)))
                continue
            }
            for mapping in mappings {
                for pair in mapping.mapping ?? [] {
                    if let scalar = pair.key.scalar {
                        if seen[scalar.value] != nil { continue }
                        seen[scalar.value] = pairs.count
                    }
                    pairs.append(pair)
                }
            }
        }
        return pairs
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
    struct KeyIndex {
        private var small: [(String, Int)] = []
        private var large: [String: Int]?

        init(expected: Int) {
            if expected > 24 { large = [:] } else { small.reserveCapacity(expected) }
        }

        subscript(key: String) -> Int? {
            get {
                if let large { return large[key] }
                for (k, i) in small where k == key { return i }
                return nil
            }
            set {
                if large != nil { large![key] = newValue; return }
                if let newValue { small.append((key, newValue)) }
            }
        }
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
