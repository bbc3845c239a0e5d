/// Word-at-a-time tests over bytes (eight per step): the loader scans every byte of every file
/// several times (UTF-8 validation, line starts, control characters in values), and nearly all of
/// them are printable ASCII, which these tests let it skip eight at a time. Each test is exact for the
/// word as a whole (Bit Twiddling Hacks' `hasless` and `hasmore`), not for single bytes.
public enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `index` (which must leave eight bytes in `bytes`), in any order.
    @inline(__always)
    public static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// Whether every byte of `word` is ASCII (below 0x80).
    @inline(__always)
    public static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// Whether some byte of `word` is below `limit` (at most 128).
    @inline(__always)
    public static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether some byte of `word` is above `limit` (at most 127).
    @inline(__always)
    public static func hasByte(_ word: UInt64, above limit: UInt8) -> Bool {
        ((word &+ ones &* UInt64(127 - limit)) | word) & highBits != 0
    }

    /// Whether every byte of `word` is printable ASCII (0x20 to 0x7E).
    @inline(__always)
    public static func isPrintableASCII(_ word: UInt64) -> Bool {
        !hasByte(word, below: 0x20) && !hasByte(word, above: 0x7E)
    }

    /// A hash of a string's UTF-8 bytes, eight at a time, and whether they are all ASCII (then two
    /// strings are equal exactly when their bytes are). Stable from run to run, unlike `Hasher`.
    public static func hash(_ string: String) -> (value: Int, ascii: Bool) {
        var string = string
        return string.withUTF8 { bytes in
            let n = bytes.count
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(n)
            var high: UInt64 = 0
            var i = 0
            while i + 8 <= n {
                let word = word(bytes, at: i)
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                high |= word
                i += 8
            }
            if i < n {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < n {
                    tail |= UInt64(bytes[i]) << shift
                    shift += 8
                    i += 1
                }
                hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                high |= tail
            }
            return (Int(truncatingIfNeeded: hash), isASCII(high))
        }
    }

    /// Whether `bytes` hold `byte` (ASCII, below 0x7F) or any byte that is not ASCII.
    public static func contains(_ byte: UInt8, orNonASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        let spread = ones &* UInt64(byte)
        while i + 8 <= n {
            let word = word(bytes, at: i)
            // A byte equal to `byte` is a zero byte of the XOR.
            if !isASCII(word) || hasByte(word ^ spread, below: 1) { return true }
            i += 8
        }
        while i < n {
            if bytes[i] == byte || bytes[i] >= 0x80 { return true }
            i += 1
        }
        return false
    }
}
