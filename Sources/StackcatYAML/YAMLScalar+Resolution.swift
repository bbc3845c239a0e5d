/// The type a YAML 1.1 reader (libyaml's own, PyYAML, most editors) gives a scalar. stackcat resolves
/// the same way so that `name: yes` or `since: "2015"` are caught rather than silently reinterpreted.
public enum YAMLScalarType: Sendable, Hashable, CustomStringConvertible {
    case null, bool, int, float, string

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        }
    }
}

extension YAMLScalar {
    static func resolve(value: String, style: Style, tag: String?) -> YAMLScalarType {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str": return .string
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return .bool
            case "tag:yaml.org,2002:int": return .int
            case "tag:yaml.org,2002:float": return .float
            case "!": return .string
            default: break
            }
        }
        guard style == .plain else { return .string }
        return Self.resolvePlain(value)
    }

    static func resolvePlain(_ value: String) -> YAMLScalarType {
        // Fast path: most plain scalars start with a letter that no null, boolean or number starts with.
        // Every null and boolean word is at most five letters long.
        if let first = value.utf8.first {
            switch first {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if value.utf8.count > 5 { return .string }
                switch first | 0x20 {
                case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "y"), UInt8(ascii: "o"): break
                default: return .string
                }
            case 0x80...0xFF, UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "@"):
                return .string
            default: break
            }
        }
        if let word = packedWord(value), let found = specialWords.first(where: { $0.word == word }) { return found.type }
        let bytes = Array(value.utf8)
        guard bytes.count < 64, let first = bytes.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39)
        else { return .string }
        if isInteger(bytes) { return .int }
        if isFloat(bytes) { return .float }
        return .string
    }

    /// The plain scalars of at most five bytes that are not strings, packed by `packedWord`: compared
    /// as numbers, since comparing a `String` with each of 39 words (for every `name`, `type` and `tags`
    /// key) was a large part of reading a file.
    private static let specialWords: [(word: UInt64, type: YAMLScalarType)] = {
        let words: [(YAMLScalarType, [String])] = [
            (.null, ["", "~", "null", "Null", "NULL"]),
            (
                .bool,
                [
                    "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                    "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"
                ]
            ),
            (.float, [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"])
        ]
        return words.flatMap { type, list in list.map { (packedWord($0)!, type) } }
    }()

    /// The bytes of a value of at most seven bytes and its length, as one number; nil for longer ones.
    static func packedWord(_ value: String) -> UInt64? {
        let utf8 = value.utf8
        guard utf8.count <= 7 else { return nil }
        var packed = UInt64(utf8.count)
        for byte in utf8 { packed = packed << 8 | UInt64(byte) }
        return packed
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func isInteger(_ bytes: [UInt8]) -> Bool {
        var b = bytes[...]
        if b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") { b = b.dropFirst() }
        guard !b.isEmpty else { return false }
        if b.starts(with: Array("0x".utf8)) {
            let rest = b.dropFirst(2)
            return !rest.isEmpty && rest.allSatisfy { isDigit($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) || $0 == 0x5F }
        }
        if b.starts(with: Array("0o".utf8)) || b.starts(with: Array("0b".utf8)) {
            let rest = b.dropFirst(2)
            return !rest.isEmpty && rest.allSatisfy { isDigit($0) || $0 == 0x5F }
        }
        return b.allSatisfy { isDigit($0) || $0 == 0x5F } && isDigit(b.first!)
    }

    private static func isFloat(_ bytes: [UInt8]) -> Bool {
        var b = bytes[...]
        if b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") { b = b.dropFirst() }
        var sawDigit = false
        var sawDot = false
        var sawExponent = false
        var previous: UInt8 = 0
        for c in b {
            if isDigit(c) || c == 0x5F {
                sawDigit = sawDigit || isDigit(c)
            } else if c == UInt8(ascii: ".") {
                if sawDot || sawExponent { return false }
                sawDot = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                if sawExponent || !sawDigit { return false }
                sawExponent = true
            } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
                if previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E") { return false }
            } else {
                return false
            }
            previous = c
        }
        return sawDigit && (sawDot || sawExponent) && isDigit(previous) || (sawDigit && sawDot && previous == UInt8(ascii: "."))
    }
}
