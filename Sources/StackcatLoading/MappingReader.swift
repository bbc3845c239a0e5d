import StackcatModel
import StackcatYAML

/// The keys one kind of mapping may hold, in their documented order (for messages) and as a table
/// (for lookups), made once per kind rather than once per mapping.
struct KeyList: Sendable {
    let names: [String]
    /// Open addressing by a byte hash of the key (`ByteScan.hash`), each entry its position in `names` plus one (0 is
    /// empty): every key of every file is looked up, and Swift's seeded, normalising `String` hash
    /// cost several times the lookup itself (Benchmarks/optimisations.md, round five).
    private let table: [Int32]
    /// Each name's hash, compared before the name itself (two different strings compare slowly).
    private let hashes: [Int]
    /// Whether every name is ASCII: an ASCII key then equals a name exactly when its bytes do.
    private let asciiNames: Bool

    init(_ names: [String]) {
        self.names = names
        var size = 16
        while size < names.count * 4 { size *= 2 }
        var table = [Int32](repeating: 0, count: size)
        let hashed = names.map(ByteScan.hash)
        for (slot, hash) in hashed.enumerated() {
            var index = hash.value & (size - 1)
            while table[index] != 0 { index = (index + 1) & (size - 1) }
            table[index] = Int32(slot + 1)
        }
        self.table = table
        hashes = hashed.map(\.value)
        asciiNames = hashed.allSatisfy(\.ascii)
    }

    /// The position of `key` in `names`, compared as `String`s compare (canonical equivalence).
    func slot(of key: String) -> Int? {
        let hash = ByteScan.hash(key)
        // A key that is not ASCII may still equal a name canonically (U+212A KELVIN SIGN is "K").
        guard hash.ascii && asciiNames else { return names.firstIndex(of: key) }
        let mask = table.count - 1
        var index = hash.value & mask
        while true {
            let entry = Int(table[index])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash.value, names[entry - 1] == key { return entry - 1 }
            index = (index + 1) & mask
        }
    }
}

/// Reads the keys of one YAML mapping into typed values, reporting every unknown key, missing key,
/// wrong type and empty value it meets. Optional keys given as `null` count as absent.
struct MappingReader {
    let source: SourceText
    var path: String { source.path }
    let span: SourceSpan
    /// How messages name the mapping: "tool 'spinnaker'", "a category".
    let what: String
    let keys: KeyList
    /// The known keys' values, by their position in `keys`.
    private var values: [YAMLNode?]
    /// Keys that an unknown key was probably meant to be; their absence is not reported twice.
    private var suggested: Set<String> = []
    private(set) var diagnostics: DiagnosticList

    /// Reads `node`, which the caller has checked is a mapping. At most `limit` diagnostics are
    /// kept; the others are counted, and an unknown key past the limit costs no suggestion search.
    init(_ node: YAMLNode, allowed keys: KeyList, what: String, source: SourceText, limit: Int = .max) {
        let path = source.path
        let allowed = keys.names
        var values = [YAMLNode?](repeating: nil, count: allowed.count)
        var suggested: Set<String> = []
        var diagnostics = DiagnosticList(perFile: limit)
        func location(_ span: SourceSpan) -> SourceLocation { SourceLocation(path: path, span: span) }
        node.forEachPair { keyNode, value in
            guard let key = keyNode.scalar,
                key.resolvedType == .string || key.resolvedType == .bool
                    || key.resolvedType == .int || key.resolvedType == .float
            else {
                diagnostics.append(Diagnostics.keyNotString(found: keyNode.kindDescription, at: location(keyNode.span)))
                return
            }
            if let slot = keys.slot(of: key.value) {
                values[slot] = value
            } else if diagnostics.remaining == 0 {
                diagnostics.omit(Rule.unknownKey.severity)
            } else {
                let suggestion = Suggestions.closest(to: key.value, among: allowed)
                if let suggestion { suggested.insert(suggestion) }
                diagnostics.append(
                    Diagnostics.unknownKey(
                        key.value, at: location(keyNode.span),
                        suggestion: suggestion, allowed: allowed))
            }
        }
        self.keys = keys
        self.values = values
        self.suggested = suggested
        self.diagnostics = diagnostics
        self.source = source
        self.span = node.span
        self.what = what
    }

    func location(_ span: SourceSpan) -> SourceLocation {
        SourceLocation(path: path, span: span)
    }

    /// Where "missing key" errors point: the first character of the mapping.
    var startLocation: SourceLocation {
        location(SourceSpan(start: span.start, end: span.start))
    }

    private func value(_ key: String) -> YAMLNode? {
        guard let slot = keys.slot(of: key) else { return nil }
        return values[slot]
    }

    func has(_ key: String) -> Bool {
        guard let node = value(key) else { return false }
        if let s = node.scalar, s.resolvedType == .null { return false }
        return true
    }

    func node(_ key: String) -> YAMLNode? { value(key) }

    mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = value(key) else {
            if required && !suggested.contains(key) {
                diagnostics.append(Diagnostics.missingKey(key, in: what, at: startLocation))
            }
            return nil
        }
        return stringValue(node, key: key, required: required)
    }

    mutating func stringValue(_ node: YAMLNode, key: String, required: Bool = true) -> Located<String>? {
        guard let scalar = node.scalar else {
            diagnostics.append(
                Diagnostics.wrongType(
                    key, expected: "a string", found: node.kindDescription,
                    at: location(node.span)))
            return nil
        }
        switch scalar.resolvedType {
        case .string:
            // Cheap test first: a value that starts with a visible ASCII character is not blank.
            let first = scalar.value.utf8.first ?? 0
            if !(first > 0x20 && first < 0x7F), scalar.value.allSatisfy({ $0.isWhitespace }) {
                diagnostics.append(Diagnostics.emptyValue(key, at: location(node.span)))
                return nil
            }
            checkControlCharacters(scalar, node: node, key: key)
            if Self.multiLineKeys.contains(key) { return Located(scalar.value, span: node.span) }
            return Located(oneLine(scalar.value, key: key, node: node), span: node.span)
        case .null:
            if required { diagnostics.append(Diagnostics.emptyValue(key, at: location(node.span))) }
            return nil
        case let type:
            diagnostics.append(
                Diagnostics.wrongType(
                    key, expected: "a string", found: "\(type) '\(scalar.value)'", at: location(node.span),
                    hint: "quote it to keep it as text: \(key): \"\(scalar.value)\""))
            return nil
        }
    }

    /// The keys whose text may span lines (a summary has a rule of its own); every other text value
    /// is one line, so that it cannot end a Markdown code block or a table row in what is generated
    /// from it, and of a bounded length, so that nothing made from it (a graph's layout) grows without
    /// bound.
    static let multiLineKeys: Set<String> = ["description", "note", "summary"]
    /// Names and labels are drawn in graphs and headings; other one-line values (URLs) may be longer.
    static let nameLimit = 200
    static let lineLimit = 2_048

    /// Whether `key` is the ASCII key `name`: lengths first, since comparing two different strings is
    /// slow and this runs for every value.
    static func isKey(_ key: String, _ name: StaticString) -> Bool {
        key.utf8.count == name.utf8CodeUnitCount && key == name.description
    }

    /// The value of a one-line key: a block scalar's final line break is not a second line and is
    /// left out; any other line break, or a value longer than its limit, is reported.
    mutating func oneLine(_ text: String, key: String, node: YAMLNode) -> String {
        var value = text
        if value.utf8.last == UInt8(ascii: "\n") { value.removeLast() }
        let hasBreak =
            value.withUTF8 { ByteScan.contains(0x0A, orNonASCII: $0) }
            && value.unicodeScalars.contains { $0 == "\n" || $0 == "\u{2028}" || $0 == "\u{2029}" }
        if hasBreak {
            diagnostics.append(Diagnostics.notOneLine(key, at: location(node.span)))
            return value
        }
        let limit = Self.isKey(key, "name") || Self.isKey(key, "label") ? Self.nameLimit : Self.lineLimit
        // Counting characters is slow on a huge value: look at the first limit + 1 only.
        if value.utf8.count > limit, value.prefix(limit + 1).count > limit {
            let length = value.utf8.count > 100_000 ? value.unicodeScalars.count : value.count
            diagnostics.append(Diagnostics.lineTooLong(key, length: length, limit: limit, at: location(node.span)))
        }
        return value
    }

    /// Every text value passes here: a byte scan, and only on a find the slower search of the source
    /// for the character's exact position. The value is kept, so later checks still run.
    mutating func checkControlCharacters(_ scalar: YAMLScalar, node: YAMLNode, key: String) {
        var value = scalar.value
        // A multi-line description may hold tabs; no other text may.
        let allowTab = Self.isKey(key, "description")
        guard let offset = value.withUTF8({ ControlCharacters.firstForbidden(in: $0, allowTab: allowTab) }) else { return }
        if let found = ControlCharacters.locate(in: source, span: node.span, doubleQuoted: scalar.style == .doubleQuoted, allowTab: allowTab) {
            diagnostics.append(Diagnostics.controlCharacter(key, found.scalar, at: location(found.span)))
        } else {
            let scalar = String(decoding: value.utf8.dropFirst(offset), as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
            diagnostics.append(Diagnostics.controlCharacter(key, scalar, at: location(node.span)))
        }
    }

    mutating func stringList(_ key: String) -> [Located<String>] {
        guard let node = value(key) else { return [] }
        if let scalar = node.scalar {
            if scalar.resolvedType == .null { return [] }
            diagnostics.append(
                Diagnostics.wrongType(
                    key, expected: "a list", found: node.kindDescription,
                    at: location(node.span), hint: "write it as a list: \(key): [\(scalar.value)]"))
            return []
        }
        guard let items = node.items else {
            diagnostics.append(Diagnostics.wrongType(key, expected: "a list", found: node.kindDescription, at: location(node.span)))
            return []
        }
        var result: [Located<String>] = []
        result.reserveCapacity(items.count)
        // Lists are short: a scan finds repeats; a dictionary takes over for long ones.
        var seen: [String: SourceSpan]? = items.count > 16 ? [:] : nil
        for item in items {
            guard let value = stringValue(item, key: key) else { continue }
            let first = seen != nil ? seen![value.value] : result.first { $0.value == value.value }?.span
            if let first {
                diagnostics.append(Diagnostics.duplicateValue(key, value.value, at: location(value.span), first: location(first)))
                continue
            }
            seen?[value.value] = value.span
            result.append(value)
        }
        return result
    }

    mutating func list(_ key: String, required: Bool = false) -> YAMLNode.Items {
        guard let node = value(key) else {
            if required { diagnostics.append(Diagnostics.missingKey(key, in: what, at: startLocation)) }
            return .empty
        }
        if let scalar = node.scalar, scalar.resolvedType == .null {
            if required { diagnostics.append(Diagnostics.emptyValue(key, at: location(node.span))) }
            return .empty
        }
        guard let items = node.items else {
            diagnostics.append(Diagnostics.wrongType(key, expected: "a list", found: node.kindDescription, at: location(node.span)))
            return .empty
        }
        if required && items.isEmpty { diagnostics.append(Diagnostics.emptyValue(key, at: location(node.span))) }
        return items
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key), let scalar = node.scalar, scalar.resolvedType != .null else {
            if let node = value(key), node.scalar == nil {
                diagnostics.append(Diagnostics.wrongType(key, expected: "true or false", found: node.kindDescription, at: location(node.span)))
            }
            return nil
        }
        guard scalar.resolvedType == .bool else {
            diagnostics.append(
                Diagnostics.wrongType(
                    key, expected: "true or false", found: "\(scalar.resolvedType) '\(scalar.value)'",
                    at: location(node.span)))
            return nil
        }
        return ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"].contains(scalar.value)
    }

    mutating func year(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(Diagnostics.wrongType(key, expected: "a year", found: node.kindDescription, at: location(node.span)))
            return nil
        }
        switch scalar.resolvedType {
        case .null: return nil
        case .int:
            if let year = Int(scalar.value), (1900...2100).contains(year) { return year }
            diagnostics.append(Diagnostics.invalidYear(scalar.value, at: location(node.span)))
        case .string where Int(scalar.value) != nil:
            diagnostics.append(
                Diagnostics.wrongType(
                    key, expected: "a year written as a number", found: "the string \"\(scalar.value)\"",
                    at: location(node.span), hint: "remove the quotes: \(key): \(scalar.value)"))
        default:
            diagnostics.append(Diagnostics.invalidYear(scalar.value, at: location(node.span)))
        }
        return nil
    }

    mutating func choice<E: RawRepresentable & CaseIterable & Sendable & Hashable>(_ key: String, required: Bool = false) -> Located<E>?
    where E.RawValue == String {
        guard let text = choice(key, allowed: E.allCases.map(\.rawValue), required: required),
            let value = E(rawValue: text.value)
        else { return nil }
        return text.map { _ in value }
    }

    /// A text that must be one of `allowed`.
    mutating func choice(_ key: String, allowed: [String], required: Bool = false) -> Located<String>? {
        guard let text = string(key, required: required) else { return nil }
        if allowed.contains(text.value) { return text }
        diagnostics.append(Diagnostics.invalidChoice(key, text.value, allowed: allowed, at: location(text.span)))
        return nil
    }

    mutating func url(_ key: String, required: Bool = false) -> Located<String>? {
        guard let text = string(key, required: required) else { return nil }
        return checkURL(text, key: key)
    }

    mutating func urlList(_ key: String) -> [Located<String>] {
        stringList(key).compactMap { checkURL($0, key: key) }
    }

    /// Sources of an in-house tool: http(s) URLs (internal ones too) or paths relative to the repository.
    mutating func sourceList(_ key: String) -> [Located<String>] {
        stringList(key).compactMap { text in
            if URLCheck.isHTTPURL(text.value) || URLCheck.isRelativePath(text.value) { return text }
            diagnostics.append(Diagnostics.invalidSource(key, text.value, at: location(text.span)))
            return nil
        }
    }

    mutating func checkURL(_ text: Located<String>, key: String) -> Located<String>? {
        if URLCheck.isHTTPURL(text.value) { return text }
        diagnostics.append(Diagnostics.invalidURL(key, text.value, at: location(text.span)))
        return nil
    }

    mutating func date(_ key: String) -> Located<String>? {
        guard let text = string(key) else { return nil }
        guard let problem = CalendarDate.problem(iso: text.value) else { return text }
        diagnostics.append(Diagnostics.invalidDate(key, text.value, problem: problem, at: location(text.span)))
        return nil
    }

    mutating func mapping(_ key: String) -> YAMLNode? {
        guard let node = value(key) else { return nil }
        if let scalar = node.scalar, scalar.resolvedType == .null { return nil }
        guard node.isMapping else {
            diagnostics.append(Diagnostics.wrongType(key, expected: "a mapping", found: node.kindDescription, at: location(node.span)))
            return nil
        }
        return node
    }
}

extension Located {
    func map<T: Sendable & Hashable>(_ transform: (Value) -> T) -> Located<T> {
        Located<T>(transform(value), span: span)
    }
}
