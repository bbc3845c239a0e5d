/// Team contacts: an email address or an http(s) URL.
package enum ContactCheck {
    static package func isContact(_ text: String) -> Bool {
        URLCheck.isHTTPURL(text) || isEmail(text)
    }

    /// `local@domain.tld`: one `@`; a non-empty local part without spaces, controls or the characters
    /// that delimit addresses; a domain of two or more labels, each of letters, digits and inner
    /// hyphens (non-ASCII letters too, for internationalised domains). So a query (`?subject=`, `&cc=`)
    /// or a path cannot hide in the domain. The JSON Schema's pattern says the same.
    static package func isEmail(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "<>()[]\\,;:\"".unicodeScalars.contains($0) }) {
            return false
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy(isDomainLabel)
    }

    private static func isDomainLabel(_ label: Substring) -> Bool {
        guard let first = label.unicodeScalars.first, let last = label.unicodeScalars.last, first != "-", last != "-" else { return false }
        return label.unicodeScalars.allSatisfy {
            $0.value >= 0x80 || $0 == "-" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }

    /// The `mailto:` URL of an address that `isEmail` accepts: every character a URL would read as
    /// syntax (`?`, `&`, `#`, `%`, `,`, `/`, `=`) percent-encoded, so the link has exactly one recipient
    /// and no header fields.
    static package func mailto(_ address: String) -> String {
        var out = "mailto:"
        for byte in address.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, byte > 0x20, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~@!$'*+".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
