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
        var utf8 = text.utf8[...]
        func lower(_ b: UInt8) -> UInt8 { b | 0x20 }
        guard utf8.count > 7, lower(utf8[utf8.startIndex]) == UInt8(ascii: "h") else { return false }
        let scheme = utf8.prefix(8).map(lower)
        if scheme.starts(with: Array("https://".utf8)) { utf8 = utf8.dropFirst(8) }
        else if scheme.starts(with: Array("http://".utf8)) { utf8 = utf8.dropFirst(7) }
        else { return false }
        guard let first = utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "#"),
              first != UInt8(ascii: "."), first != UInt8(ascii: ":") else { return false }
        var ascii = true
        for b in text.utf8 {
            if b <= 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\\") { return false }
            if b >= 0x80 { ascii = false }
        }
        // U+0085, U+2028 and U+2029 are line breaks too.
        return ascii || !text.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" || ($0.value >= 0x80 && $0.value < 0xA0) }
    }
}
