/// Writes YAML scalars for generated catalog files: plain when that reads back as the same string,
/// double-quoted with escapes otherwise.
package enum YAMLWriter {
    static package func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A double-quoted scalar holding exactly `text`, whatever it contains.
    static package func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static package func list(_ items: [String]) -> String {
        "[" + items.map { isFlowSafe($0) ? $0 : quoted($0) }.joined(separator: ", ") + "]"
    }

    /// Kebab-case ids and URLs without flow indicators can go bare into a flow list.
    static func isFlowSafe(_ text: String) -> Bool {
        isPlainSafe(text) && !text.contains(where: { ",[]{}".contains($0) })
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(last) || " \t".unicodeScalars.contains(first) { return false }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF { return false }
        }
        // It must read back as a string, not as a number, boolean or null.
        return YAMLScalar.resolvePlain(text) == .string
    }
}
