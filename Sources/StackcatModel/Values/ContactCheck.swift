/// Team contacts: an email address or an http(s) URL.
package enum ContactCheck {
    static package func isContact(_ text: String) -> Bool {
        URLCheck.isHTTPURL(text) || isEmail(text)
    }

    /// `local@domain.tld`: one `@`, a non-empty local part, a dotted domain, no spaces, controls or
    /// the characters that delimit addresses. The JSON Schema's pattern says the same.
    static package func isEmail(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "<>()[]\\,;:\"".unicodeScalars.contains($0) }) {
            return false
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
