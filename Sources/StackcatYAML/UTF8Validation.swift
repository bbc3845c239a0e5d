import StackcatModel

enum UTF8Validation {
    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil when
    /// the whole buffer is valid (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            while i + 8 <= n, ByteScan.isASCII(ByteScan.word(bytes, at: i)) { i += 8 }
            guard i < n else { break }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= low, b1 <= high else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}

extension UTF8Validation {
    /// "UTF-16" or "UTF-32" when the start of `bytes` looks like text in one of them (a byte order
    /// mark, or a third or more of NUL bytes, which is what ASCII text in UTF-16 or UTF-32 gives):
    /// such a file may well be valid UTF-8 full of NULs, and deserves better than "control characters".
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(512)
        if sample.starts(with: [0xFF, 0xFE, 0, 0]) || sample.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        guard sample.count >= 2, sample.contains(0) else { return nil }
        let nuls = sample.count { $0 == 0 }
        if nuls * 10 >= sample.count * 6 { return "UTF-32" }
        if nuls * 10 >= sample.count * 3 { return "UTF-16" }
        return nil
    }
}
