/// The characters that catalog text may not hold, because a terminal acts on them instead of showing
/// them: C0 controls (line feed allowed; tab only where a description allows it), DEL, C1 controls
/// (U+0080-009F) and the bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069),
/// which reorder the text after them. The bidi *marks* (U+200E, U+200F, U+061C) stay allowed: they
/// are needed to write mixed-direction names and cannot open a run that spills into later output.
///
/// Both checks are byte scans over UTF-8: values are scanned on the loader's hot path.
public enum ControlCharacters {
    /// The byte offset of the first forbidden character in `bytes`, or nil.
    @inline(__always)
    public static func firstForbidden(in bytes: UnsafeBufferPointer<UInt8>, allowTab: Bool) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            while i + 8 <= n, ByteScan.isPrintableASCII(ByteScan.word(bytes, at: i)) { i += 8 }
            guard i < n else { break }
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F {
                i += 1
                continue
            }
            if length(at: i, in: bytes, allowTab: allowTab) > 0 { return i }
            i += 1
        }
        return nil
    }

    /// The length in bytes of the forbidden character that starts at `i`, or 0.
    @inline(__always)
    static package func length(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, allowTab: Bool) -> Int {
        let b = bytes[i]
        if b < 0x20 { return b == 0x0A || (b == 0x09 && allowTab) ? 0 : 1 }
        if b == 0x7F { return 1 }
        if b == 0xC2 { return i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F ? 2 : 0 }
        if b == 0xE2, i + 2 < bytes.count {
            let b1 = bytes[i + 1]
            let b2 = bytes[i + 2]
            if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) { return 3 }
        }
        return 0
    }

    /// Whether the string holds a forbidden character.
    public static func contains(_ text: String, allowTab: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { firstForbidden(in: $0, allowTab: allowTab) != nil }
    }

    public static func isForbidden(_ scalar: Unicode.Scalar, allowTab: Bool = false) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x0A && !(v == 0x09 && allowTab) }
        return v == 0x7F || (v >= 0x80 && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// How a message names the character: `U+001B (ESC)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC",
            0x7F: "DEL", 0x85: "NEL", 0x9B: "CSI", 0x9D: "OSC", 0x202A: "LEFT-TO-RIGHT EMBEDDING",
            0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING", 0x202D: "LEFT-TO-RIGHT OVERRIDE",
            0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE", 0x2067: "RIGHT-TO-LEFT ISOLATE",
            0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE"
        ]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// Where in the source a scalar's forbidden character comes from: the raw character, or the
    /// escape of a double-quoted scalar (`\e`, `\x1b`, `\u202E`) that writes it. Runs only once a
    /// value is known to hold one, so it may be slow; nil when the source does not show it.
    static package func locate(in text: SourceText, span: SourceSpan, doubleQuoted: Bool, allowTab: Bool)
        -> (span: SourceSpan, scalar: Unicode.Scalar)?
    {
        let bytes = text.bytes
        let end = min(span.end.offset, bytes.count)
        var i = max(0, span.start.offset)
        func at(_ start: Int, _ length: Int, _ scalar: Unicode.Scalar) -> (span: SourceSpan, scalar: Unicode.Scalar) {
            (SourceSpan(start: text.position(ofOffset: start), end: text.position(ofOffset: start + length)), scalar)
        }
        while i < end {
            let b = bytes[i]
            if doubleQuoted && b == UInt8(ascii: "\\") && i + 1 < end {
                let e = bytes[i + 1]
                var value: UInt32?
                var length = 2
                switch e {
                case UInt8(ascii: "0"): value = 0
                case UInt8(ascii: "a"): value = 7
                case UInt8(ascii: "b"): value = 8
                case UInt8(ascii: "t"): value = 9
                case UInt8(ascii: "v"): value = 0x0B
                case UInt8(ascii: "f"): value = 0x0C
                case UInt8(ascii: "r"): value = 0x0D
                case UInt8(ascii: "e"): value = 0x1B
                case UInt8(ascii: "N"): value = 0x85
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                    if i + 2 + digits <= end {
                        value = UInt32(String(decoding: bytes[(i + 2)..<(i + 2 + digits)], as: UTF8.self), radix: 16)
                        length = 2 + digits
                    }
                default: break
                }
                if let value, let scalar = Unicode.Scalar(value), isForbidden(scalar, allowTab: allowTab) {
                    return at(i, length, scalar)
                }
                i += length
                continue
            }
            // libyaml turns every line break of the source into a line feed, so a raw CR or NEL is
            // never the character that reached the value.
            if b == 0x0D || (b == 0xC2 && i + 1 < end && bytes[i + 1] == 0x85) {
                i += b == 0x0D ? 1 : 2
                continue
            }
            let found = bytes.withUnsafeBufferPointer { length(at: i, in: UnsafeBufferPointer(rebasing: $0[..<end]), allowTab: allowTab) }
            if found > 0 {
                let scalar = String(decoding: bytes[i..<(i + found)], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
                return at(i, found, scalar)
            }
            i += 1
        }
        return nil
    }
}
