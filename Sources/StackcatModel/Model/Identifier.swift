/// The rules for ids: lower-case kebab-case, `[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters.
public enum Identifier {
    public static let maxLength = 64

    public static func isValid(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        var previousHyphen = true
        for b in bytes {
            if b == UInt8(ascii: "-") {
                if previousHyphen { return false }
                previousHyphen = true
            } else if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                previousHyphen = false
            } else {
                return false
            }
        }
        return !previousHyphen
    }
}
