/// LSP positions for one text: a 0-based line (lines end at LF, CR LF or CR, as LSP says) and a
/// character offset counted in the negotiated encoding's code units (UTF-16 unless the client
/// offers UTF-8). Catalog spans carry byte offsets, so every conversion goes through bytes.
public struct LineIndex: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
    }

    public let bytes: [UInt8]
    public let encoding: Encoding
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8], encoding: Encoding = .utf16) {
        self.bytes = bytes
        self.encoding = encoding
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The byte offset where a 0-based line starts, and where its text ends (before the line break).
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The position of a byte offset (clamped to the text).
    public func position(ofOffset offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var character = 0
        var i = lineStarts[low]
        while i < clamped {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            switch encoding {
            case .utf8: character += min(length, clamped - i)
            case .utf16: character += length == 4 ? 2 : 1
            }
            i += length
        }
        return (low, character)
    }

    /// The byte offset of a position; a character past the line's end means its end, a line past the
    /// last means the end of the text (as LSP asks).
    public func offset(line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        let range = lineRange(line)
        var i = range.lowerBound
        var units = 0
        while i < range.upperBound, units < character {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            units += encoding == .utf8 ? length : (length == 4 ? 2 : 1)
            i += length
        }
        return min(i, range.upperBound)
    }
}
