/// The site's templates: the Mustache subset that `Templates/` uses, parsed once and rendered against
/// typed values (`TemplateValue`) rather than `Any`.
///
/// Supported: `{{name}}` (HTML-escaped), `{{{name}}}` (as is), sections `{{#name}}...{{/name}}` and
/// inverted sections `{{^name}}...{{/name}}`, partials `{{> name}}`, `{{.}}`, and the transforms
/// `empty(name)` (a list or text is empty) and `first()` (the first item of the enclosing list section).
/// Whitespace follows Mustache's rules for standalone lines: a line holding only a section tag, a
/// closing tag or a partial (and spaces or tabs) leaves nothing in the output, not even its line break.
/// A missing or nil name is looked up in the enclosing values, as in Mustache.
///
/// (stackcat used the swift-mustache package for this. Its lookups cast every value from `Any` and its
/// escaping went character by character: rendering took four times as long as writing the same
/// catalog's Markdown docs. It also left `"` unescaped when a combining mark followed it, since the two
/// then make one `Character`; escaping here works on bytes.)
struct SiteTemplate: Sendable {
    struct ParseError: Error, CustomStringConvertible {
        let template: String
        let offset: Int
        let problem: String
        var description: String { "site template \(template), byte \(offset): \(problem)" }
    }

    /// A name with the transforms around it: `empty(roles)` is `roles` with `empty`, `first()` is the
    /// current list position with `first`.
    struct Name: Equatable, Sendable {
        let key: String
        let transforms: [String]
    }

    /// A piece of a template. (A struct, not an enum with payloads: Swift keeps an enum's case in spare
    /// bits of its payload's pointers, which LeakSanitizer then does not recognise, so the templates,
    /// which live as long as the process, were reported as leaks.)
    struct Token: Sendable {
        enum Kind: Sendable { case text, variable, unescapedVariable, section, invertedSection, partial }

        let kind: Kind
        /// The text, or the partial's name.
        var text = ""
        var name = Name(key: "", transforms: [])
        /// A section's tokens.
        var children: [Token] = []

        static func text(_ text: String) -> Token { Token(kind: .text, text: text) }
        static func variable(_ name: Name, escaped: Bool) -> Token {
            Token(kind: escaped ? .variable : .unescapedVariable, name: name)
        }
        static func section(_ name: Name, _ children: [Token], inverted: Bool) -> Token {
            Token(kind: inverted ? .invertedSection : .section, name: name, children: children)
        }
        static func partial(_ name: String) -> Token { Token(kind: .partial, text: name) }
    }

    let tokens: [Token]

    init(_ text: String, named name: String) throws(ParseError) {
        var parser = Parser(bytes: Array(text.utf8), template: name)
        tokens = try parser.parse(newLine: true, section: nil)
    }
}

/// What a template reads: text, a flag, a list, or an object whose values are looked up by name.
enum TemplateValue {
    case none
    case text(String)
    case flag(Bool)
    case list(TemplateList)
    case object(any TemplateObject)

    /// A list of these values.
    static func list(_ items: [TemplateValue]) -> TemplateValue { .list(TemplateList(items)) }
}

/// The items of a list, each made into a `TemplateValue` only when a section renders it: a list is
/// often asked whether it is empty before it is rendered, and an object item costs a copy of its
/// view in a box each time it is made.
struct TemplateList {
    let count: Int
    let item: (Int) -> TemplateValue

    var isEmpty: Bool { count == 0 }

    init<Items: RandomAccessCollection>(_ items: Items) where Items.Element: TemplateValueConvertible, Items.Index == Int {
        count = items.count
        let start = items.startIndex
        item = { items[start + $0].templateValue }
    }

    init(_ items: [TemplateValue]) {
        count = items.count
        item = { items[$0] }
    }
}

/// A value with named parts, such as a page's view.
protocol TemplateObject: TemplateValueConvertible {
    /// The value of one part, `.none` when it has none (the lookup then goes on in enclosing values).
    func value(named key: String) -> TemplateValue
}

protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateObject {
    var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue { self?.templateValue ?? .none }
}

extension TemplateValue: TemplateValueConvertible {
    var templateValue: TemplateValue { self }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(TemplateList(self)) }
}

/// Named templates that can include each other as partials.
struct SiteTemplateLibrary: Sendable {
    private var templates: [String: SiteTemplate] = [:]

    mutating func register(_ text: String, named name: String) throws(SiteTemplate.ParseError) {
        templates[name] = try SiteTemplate(text, named: name)
    }

    func render(_ value: some TemplateObject, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        var renderer = Renderer(library: self, stack: [value.templateValue])
        renderer.render(template.tokens, into: &out)
        return out
    }

    fileprivate func template(named name: String) -> SiteTemplate? { templates[name] }
}

// MARK: - Rendering

private struct Renderer {
    let library: SiteTemplateLibrary
    /// The values in scope, innermost last: sections push and pop as they go.
    var stack: [TemplateValue]
    /// Inside a list section, whether this is its first item (what `first()` reads).
    var first: Bool? = nil

    mutating func render(_ tokens: [SiteTemplate.Token], into out: inout String) {
        for token in tokens {
            switch token.kind {
            case .text:
                out += token.text
            case .variable, .unescapedVariable:
                switch lookUp(token.name) {
                case .text(let value):
                    if token.kind == .variable { HTMLEscape.append(value, to: &out) } else { out += value }
                case .flag(let value): out += value ? "true" : "false"
                case .none, .list, .object: continue
                }
            case .section:
                switch lookUp(token.name) {
                case .none: break
                case .flag(let value): if value { render(token.children, into: &out) }
                case .list(let items):
                    let outer = first
                    for n in 0..<items.count {
                        first = n == 0
                        nested(items.item(n), token.children, into: &out)
                    }
                    first = outer
                case let value:
                    let outer = first
                    first = nil
                    nested(value, token.children, into: &out)
                    first = outer
                }
            case .invertedSection:
                switch lookUp(token.name) {
                case .none: render(token.children, into: &out)
                case .flag(let value): if !value { render(token.children, into: &out) }
                case .list(let items):
                    if items.isEmpty {
                        let outer = first
                        first = nil
                        nested(.list(items), token.children, into: &out)
                        first = outer
                    }
                case .text, .object: break
                }
            case .partial:
                guard let template = library.template(named: token.text) else { continue }
                let outer = first
                first = nil
                render(template.tokens, into: &out)
                first = outer
            }
        }
    }

    /// Renders `tokens` with `value` innermost in scope.
    private mutating func nested(_ value: TemplateValue, _ tokens: [SiteTemplate.Token], into out: inout String) {
        stack.append(value)
        render(tokens, into: &out)
        stack.removeLast()
    }

    func lookUp(_ name: SiteTemplate.Name) -> TemplateValue {
        var value: TemplateValue
        switch name.key {
        case ".": value = stack.last ?? .none
        case "": value = first.map(TemplateValue.flag) ?? .none
        default:
            value = .none
            var i = stack.count
            while i > 0 {
                i -= 1
                guard case .object(let object) = stack[i] else { continue }
                let found = object.value(named: name.key)
                if case .none = found { continue }
                value = found
                break
            }
        }
        for transform in name.transforms.reversed() {
            switch (transform, value) {
            case ("empty", .list(let items)): value = .flag(items.isEmpty)
            case ("empty", .text(let text)): value = .flag(text.isEmpty)
            case ("first", .flag) where name.key == "": break
            default: return .none
            }
        }
        return value
    }
}

/// HTML escaping of text for element content and quoted attribute values: `&`, `<`, `>`, `"` and `'`.
enum HTMLEscape {
    static func append(_ text: String, to out: inout String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() {
                let replacement: String
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                out += replacement
                start = i + 1
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
    }
}

// MARK: - Parsing

private struct Parser {
    let bytes: [UInt8]
    let template: String
    var position = 0

    init(bytes: [UInt8], template: String) {
        self.bytes = bytes
        self.template = template
    }

    func error(_ problem: String) -> SiteTemplate.ParseError {
        SiteTemplate.ParseError(template: template, offset: position, problem: problem)
    }

    var atEnd: Bool { position >= bytes.count }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Reads spaces and tabs.
    mutating func readIndentation() -> String {
        let start = position
        while !atEnd && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")) { position += 1 }
        return text(start..<position)
    }

    /// Reads text up to a line break (left unread) or `{{` (read).
    mutating func readText() -> (text: String, atTag: Bool) {
        let start = position
        while !atEnd {
            if bytes[position] == UInt8(ascii: "\n") { return (text(start..<position), false) }
            if bytes[position] == UInt8(ascii: "{"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") {
                let text = text(start..<position)
                position += 2
                return (text, true)
            }
            position += 1
        }
        return (text(start..<position), false)
    }

    /// On a line that held nothing before the tag: true, with the rest of the line and its break read,
    /// when nothing but spaces or tabs follows the tag.
    mutating func finishesStandaloneLine(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var look = position
        while look < bytes.count && (bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\t")) { look += 1 }
        guard look < bytes.count, bytes[look] == UInt8(ascii: "\n") else { return false }
        position = look + 1
        return true
    }

    static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)

    mutating func skipWhitespace() {
        while !atEnd && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(bytes[position]) { position += 1 }
    }

    /// Reads a name and the closing `}}`: `key`, `transform(key)` or `transform()`.
    mutating func readName() throws(SiteTemplate.ParseError) -> SiteTemplate.Name {
        skipWhitespace()
        let start = position
        while !atEnd && (Parser.nameBytes.contains(bytes[position]) || bytes[position] == UInt8(ascii: "(")
                         || bytes[position] == UInt8(ascii: ")")) { position += 1 }
        let raw = text(start..<position)
        skipWhitespace()
        guard readClose() else { throw error("expected }} after '\(raw)'") }
        guard let open = raw.firstIndex(of: "(") else {
            // Mustache's dotted names (`a.b`) and the empty name are not supported.
            guard raw == "." || (!raw.isEmpty && !raw.contains(".")) else { throw error("unsupported name '\(raw)'") }
            return SiteTemplate.Name(key: raw, transforms: [])
        }
        guard raw.hasSuffix(")"), raw.filter({ $0 == "(" }).count == 1, raw.filter({ $0 == ")" }).count == 1 else {
            throw error("only one transform, as in empty(name), is supported: '\(raw)'")
        }
        let key = String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)])
        guard !key.contains("."), !raw[..<open].isEmpty else { throw error("unsupported name '\(raw)'") }
        return SiteTemplate.Name(key: key, transforms: [String(raw[..<open])])
    }

    mutating func readClose() -> Bool {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") else { return false }
        position += 2
        return true
    }

    /// The tokens up to the end of the text, or up to and including `section`'s closing tag.
    mutating func parse(newLine startsOnNewLine: Bool, section: SiteTemplate.Name?) throws(SiteTemplate.ParseError) -> [SiteTemplate.Token] {
        var tokens: [SiteTemplate.Token] = []
        var newLine = startsOnNewLine
        var indentation = ""
        while !atEnd {
            if newLine { indentation = readIndentation() }
            let (text, atTag) = readText()
            if !atTag && !atEnd {
                // A line break.
                tokens.append(.text(indentation + text + "\n"))
                position += 1
                newLine = true
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(indentation + text))
                indentation = ""
                newLine = false
            }
            if !atTag { break }
            guard !atEnd else { throw error("a tag is cut off at the end") }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                if finishesStandaloneLine(newLine) {
                    standalone = true
                } else if !indentation.isEmpty {
                    tokens.append(.text(indentation))
                    indentation = ""
                }
                let inner = try parse(newLine: standalone, section: name)
                tokens.append(.section(name, inner, inverted: inverted))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard name == section else { throw error("{{/\(name.key)}} closes no open section") }
                if !finishesStandaloneLine(newLine) && !indentation.isEmpty {
                    tokens.append(.text(indentation))
                }
                return tokens
            case UInt8(ascii: "{"):
                if !indentation.isEmpty {
                    tokens.append(.text(indentation))
                    indentation = ""
                }
                position += 1
                let name = try readName()
                guard !atEnd, bytes[position] == UInt8(ascii: "}") else { throw error("expected }}} after '\(name.key)'") }
                position += 1
                tokens.append(.variable(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readName()
                guard name.transforms.isEmpty else { throw error("a partial's name has no transform") }
                standalone = finishesStandaloneLine(newLine)
                // (Mustache would indent every line of an indented standalone partial.)
                guard !standalone || indentation.isEmpty else { throw error("indented standalone partials are not supported") }
                if !indentation.isEmpty { tokens.append(.text(indentation)) }
                tokens.append(.partial(name.key))
                indentation = ""
            case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw error("this kind of tag is not supported by the site's templates")
            default:
                if !indentation.isEmpty {
                    tokens.append(.text(indentation))
                    indentation = ""
                }
                tokens.append(.variable(try readName(), escaped: true))
            }
            newLine = standalone
        }
        if let section { throw error("{{#\(section.key)}} is not closed") }
        return tokens
    }
}
