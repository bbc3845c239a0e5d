import StackcatModel

/// Terminal-safe text: control characters from the catalog (escape sequences, carriage returns)
/// never reach a terminal, and widths count East Asian wide characters as two columns.
public enum TerminalText {
    /// Replaces line breaks and tabs with spaces and other control characters with U+FFFD.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                out.append(" ")
            } else if isControl(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The one output-safety layer: every byte stackcat writes for people (tables, `show`, `--format
    /// github`, diagnostics and messages on standard error) passes here on its way out. Line feeds and
    /// tabs stay; every other C0 control, DEL, C1 control, U+2028/U+2029 and bidirectional embedding,
    /// override or isolate becomes U+FFFD, so no catalog text can move the cursor, clear the screen,
    /// set a link or the clipboard (OSC 8, OSC 52), or reorder what follows. With `keepingStyles`
    /// (colour is on), stackcat's own colour sequences (`ESC [ digits ; m`, which only set colours and
    /// weight) stay. A byte scan finds nothing in the usual case and returns the text untouched.
    public static func safeOutput(_ text: String, keepingStyles: Bool = false) -> String {
        var text = text
        let clean = text.withUTF8 { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if (b >= 0x20 && b < 0x7F) || b == 0x0A || b == 0x09 || b >= 0xC3 && b != 0xE2 {
                    i += 1
                    continue
                }
                if unsafeLength(at: i, in: bytes, keepingStyles: keepingStyles) > 0 { return false }
                i += 1
            }
            return true
        }
        if clean { return text }
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                let n = unsafeLength(at: i, in: bytes, keepingStyles: keepingStyles)
                if n > 0 {
                    out += [0xEF, 0xBF, 0xBD]
                    i += n
                } else if bytes[i] == 0x1B {
                    // A kept colour sequence, copied whole.
                    var j = i + 2
                    while bytes[j] != UInt8(ascii: "m") { j += 1 }
                    out += bytes[i...j]
                    i = j + 1
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length of the unsafe character at `i`, or 0 for a safe one (a kept colour sequence is safe).
    private static func unsafeLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, keepingStyles: Bool) -> Int {
        let b = bytes[i]
        if b == 0x1B, keepingStyles, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") {
            var j = i + 2
            while j < bytes.count, (bytes[j] >= 0x30 && bytes[j] <= 0x39) || bytes[j] == UInt8(ascii: ";") { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "m") { return 0 }
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return 3 }
        return ControlCharacters.length(at: i, in: bytes, allowTab: true)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
            || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// Columns a terminal uses to show the text (after `sanitize`).
    public static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0xFE00 && v <= 0xFE0F) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// The text cut to at most `limit` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to limit: Int) -> String {
        guard width(text) > limit else { return text }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in text {
            let w = width(String(character))
            if used + w > limit - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    public static func pad(_ text: String, to columns: Int) -> String {
        let w = width(text)
        return w >= columns ? text : text + String(repeating: " ", count: columns - w)
    }
}
