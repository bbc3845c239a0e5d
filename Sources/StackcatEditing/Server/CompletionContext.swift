/// What the cursor is writing, read from the lines above it: the key whose value it is (`target`
/// in `  - type: x\n    target: kub|`, `roles` in `roles: [a, b|` or on a `- ` line under `roles:`),
/// the word typed so far, and whether the line is a bare new list item (for snippets).
struct CompletionContext: Equatable {
    var key: String?
    /// The id characters right before the cursor.
    var word: String
    /// The byte offset where `word` starts.
    var wordStart: Int
    /// Whether the line so far is `- ` alone (a new item of the list `key` names).
    var isNewItem: Bool
    /// The column of the item's `-`, for the indentation of a snippet's other lines.
    var itemIndent: Int

    init(bytes: [UInt8], lines: LineIndex, offset: Int) {
        let (line, _) = lines.position(ofOffset: offset)
        let lineStart = lines.lineRange(line).lowerBound
        let before = Array(bytes[lineStart..<max(lineStart, min(offset, bytes.count))])
        var start = before.count
        while start > 0, Self.isIDByte(before[start - 1]) { start -= 1 }
        word = String(decoding: before[start...], as: UTF8.self)
        wordStart = lineStart + start
        let text = String(decoding: before, as: UTF8.self)
        let indent = text.prefix { $0 == " " }.count
        var rest = Substring(text.dropFirst(indent))
        var dashes = 0
        while rest.hasPrefix("- ") {
            rest = rest.dropFirst(2).drop { $0 == " " }
            dashes += 1
        }
        itemIndent = indent
        isNewItem = dashes > 0 && rest == Substring(word)
        if let key = Self.key(of: rest) {
            self.key = key
            return
        }
        // A value on a line of its own: the key that holds it is the nearest one above whose column is
        // less than this line's, or the same for a list item right under `key:` (`roles:\n- a`).
        var l = line - 1
        while l >= 0 {
            let range = lines.lineRange(l)
            let lineText = String(decoding: bytes[range], as: UTF8.self)
            let lineIndent = lineText.prefix { $0 == " " }.count
            var keyed = Substring(lineText.dropFirst(lineIndent))
            l -= 1
            if keyed.isEmpty || keyed.hasPrefix("#") { continue }
            var column = lineIndent
            while keyed.hasPrefix("- ") {
                let rest = keyed.dropFirst(2)
                let trimmed = rest.drop { $0 == " " }
                column += keyed.count - trimmed.count
                keyed = trimmed
            }
            guard let found = Self.key(of: keyed) else {
                if column < indent { return }  // a less indented plain item: no key holds this line
                continue
            }
            let emptyValue = keyed.dropFirst(found.count + 1).allSatisfy { $0 == " " }
            if column < indent || (column == indent && dashes > 0 && emptyValue) {
                key = found
                return
            }
        }
        key = nil
    }

    /// The key of `key: value...`, nil when the text holds no key.
    static func key(of text: Substring) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        let after = text.index(after: colon)
        guard !key.isEmpty, key.utf8.allSatisfy({ isIDByte($0) || $0 == UInt8(ascii: "_") }),
            after == text.endIndex || text[after] == " "
        else { return nil }
        return String(key)
    }

    static func isIDByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "+")
    }
}
