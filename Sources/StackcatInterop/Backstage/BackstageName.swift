/// Backstage entity names: `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`, at most 63 characters.
/// stackcat ids fit except for length (they may have 64 characters), and inline stack components
/// are named `<stack>.<component>`; a name that does not fit keeps its first 54 characters and
/// ends in `-` and eight hex digits of the FNV-1a hash of the whole name, so the mapping is
/// deterministic and two long names that share a start still differ.
public enum BackstageName {
    public static let maxLength = 63

    public static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        func alphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard alphanumeric(bytes.first!), alphanumeric(bytes.last!) else { return false }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    public static func of(_ name: String) -> String {
        if isValid(name) { return name }
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        var head = String(
            name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
                .map(Character.init).prefix(54))
        while let last = head.unicodeScalars.last, !(last.properties.isAlphabetic || ("0"..."9").contains(last)) { head.removeLast() }
        while let first = head.unicodeScalars.first, !(first.properties.isAlphabetic || ("0"..."9").contains(first)) { head.removeFirst() }
        return (head.isEmpty ? "entity" : head) + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
