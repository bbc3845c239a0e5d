/// A GitHub-flavoured Markdown table. Catalog text is escaped so that it can neither break the
/// table nor bring in HTML, links or emphasis.
public struct MarkdownTableFormat: TableFormat {

    public init() {}

    public func render(_ table: Table, options: RenderOptions) -> String {
        var out = "| " + table.columns.map { Markdown.escapeCell($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: table.columns.count) + "\n"
        for row in table.rows {
            var cells = row.map { Markdown.escapeCell($0) }
            while cells.count < table.columns.count { cells.append("") }
            out += "| " + cells.prefix(table.columns.count).joined(separator: " | ") + " |\n"
        }
        return out
    }
}

/// Escaping for text that comes from the catalog and goes into Markdown.
public enum Markdown {
    /// Inline text: every ASCII punctuation character that Markdown could read as syntax is
    /// backslash-escaped, line breaks become spaces and control characters are dropped. At the start,
    /// where the text may begin a line, nothing can open a block either: an ordered-list marker
    /// (`1986) x`, `2. y`) has its `)` or `.` escaped, and leading spaces (four would start a code
    /// block) are left out.
    public static func escapeInline(_ text: String) -> String {
        if isPlainInline(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atLineStart = true
        var leading = true
        let markerEnd = orderedListMarkerEnd(text)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if leading, scalar == " " || scalar == "\t" { continue }
            leading = false
            if offset == markerEnd {
                out.append("\\")
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\t":
                out.append(" ")
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "!", "|", "~", "&", "$", "^", "=":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "+" where atLineStart, "-" where atLineStart:
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                if TerminalText.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
            atLineStart = false
        }
        return out
    }

    /// True when `escapeInline` would return the text unchanged: printable ASCII with no character
    /// that it escapes, not starting with `+`, `-`, a space or an ordered-list marker. Most catalog
    /// text is like that.
    static func isPlainInline(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F || plainInlineForbidden[Int(byte)] { return false }
            if first && (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ")) { return false }
            first = false
        }
        return orderedListMarkerEnd(text) == nil
    }

    /// The offset (in Unicode scalars) of the `.` or `)` of an ordered-list marker that `text` starts
    /// with after any spaces, as CommonMark reads one: one to nine digits, then `.` or `)`, then a space,
    /// a tab or the end.
    static func orderedListMarkerEnd(_ text: String) -> Int? {
        var digits = 0
        var offset = 0
        var iterator = text.unicodeScalars.makeIterator()
        var scalar = iterator.next()
        while let s = scalar, s == " " || s == "\t" {
            offset += 1
            scalar = iterator.next()
        }
        while let s = scalar, ("0"..."9").contains(s) {
            digits += 1
            offset += 1
            scalar = iterator.next()
        }
        guard (1...9).contains(digits), let s = scalar, s == "." || s == ")" else { return nil }
        let after = iterator.next()
        guard after == nil || after == " " || after == "\t" else { return nil }
        return offset
    }

    private static let plainInlineForbidden: [Bool] = (0..<128).map { byte in
        "\\`*_{}[]<>#!|~&$^=".utf8.contains(UInt8(byte))
    }

    /// A table cell: inline escaping, and never empty-looking when it holds only spaces.
    public static func escapeCell(_ text: String) -> String {
        escapeInline(text).trimmingSpaces()
    }

    /// A link whose text and destination both come from the catalog.
    public static func link(_ text: String, to destination: String) -> String {
        "[\(escapeInline(text))](\(escapeDestination(destination)))"
    }

    /// A link destination in angle brackets, with the characters that could end it encoded.
    public static func escapeDestination(_ url: String) -> String {
        // Printable ASCII without the characters below needs no encoding.
        if url.utf8.allSatisfy({
            $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">")
                && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "|")
        }) {
            return "<" + url + ">"
        }
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            case "|": out += "%7C"
            default:
                if TerminalText.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " && !s.hasSuffix("\\ ") { s = s.dropLast() }
        return String(s)
    }
}
