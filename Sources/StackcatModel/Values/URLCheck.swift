/// URLs and repository paths as the catalog takes them.
package enum URLCheck {
    /// A path inside the repository: relative, without `..` segments, a scheme, spaces or controls.
    static package func isRelativePath(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("/"), !text.contains("://"), !text.hasPrefix("~") else { return false }
        if text.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0.isEmpty }) { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == " " || $0 == "\\" }
    }

    /// An absolute http(s) URL with a host and no spaces or control characters.
    static package func isHTTPURL(_ text: String) -> Bool {
        // Over the string's own UTF-8 (native strings are contiguous): called for every URL of every
        // tool, so no arrays of its bytes are made (Benchmarks/optimisations.md, round five).
        guard let shape = text.utf8.withContiguousStorageIfAvailable(httpShape) ?? httpShape(Array(text.utf8)) else { return false }
        // U+0085, U+2028 and U+2029 are line breaks too.
        return shape == .ascii
            || !text.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" || ($0.value >= 0x80 && $0.value < 0xA0) }
    }

    private enum Shape { case ascii, nonASCII }

    /// nil when the bytes are not an http(s) URL; otherwise whether they are all ASCII.
    private static func httpShape<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Shape? where Bytes.Index == Int {
        func lower(_ b: UInt8) -> UInt8 { b | 0x20 }
        func at(_ i: Int) -> UInt8 { lower(bytes[bytes.startIndex + i]) }
        guard bytes.count > 7, at(0) == UInt8(ascii: "h"), at(1) == UInt8(ascii: "t"), at(2) == UInt8(ascii: "t"),
            at(3) == UInt8(ascii: "p")
        else { return nil }
        let host: Int
        if at(4) == UInt8(ascii: "s"), at(5) == UInt8(ascii: ":"), at(6) == UInt8(ascii: "/"), at(7) == UInt8(ascii: "/") {
            host = 8
        } else if at(4) == UInt8(ascii: ":"), at(5) == UInt8(ascii: "/"), at(6) == UInt8(ascii: "/") {
            host = 7
        } else {
            return nil
        }
        guard host < bytes.count else { return nil }
        let first = bytes[bytes.startIndex + host]
        guard first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "#"),
            first != UInt8(ascii: "."), first != UInt8(ascii: ":")
        else { return nil }
        var ascii = true
        for b in bytes {
            if b <= 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\\")
            {
                return nil
            }
            if b >= 0x80 { ascii = false }
        }
        return ascii ? .ascii : .nonASCII
    }
}
