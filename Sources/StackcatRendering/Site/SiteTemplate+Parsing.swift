extension SiteTemplate {
    /// Reads a template's text into tokens, keeping Mustache's rules for standalone lines.
    struct Parser {
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
            while !atEnd
                && (Parser.nameBytes.contains(bytes[position]) || bytes[position] == UInt8(ascii: "(")
                    || bytes[position] == UInt8(ascii: ")"))
            { position += 1 }
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
}
