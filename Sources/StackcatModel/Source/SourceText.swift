/// The bytes of one catalog file, with the index needed to turn libyaml's (line, column) marks into
/// byte offsets and to print source snippets.
public final class SourceText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts. Line breaks are those libyaml knows: LF, CR, CR LF,
    /// NEL (U+0085), LS (U+2028) and PS (U+2029); in Markdown only LF, CR LF and CR.
    public let lineStarts: [Int]
    /// Whether NEL, LS and PS end lines.
    private let unicodeBreaks: Bool
    /// Whether every byte is ASCII: then a column is a byte count from the start of its line.
    public let isASCII: Bool

    /// Which characters end a line.
    public enum LineBreaks: Sendable {
        /// YAML's: LF, CR LF, CR, NEL, LS and PS.
        case yaml
        /// CommonMark's: LF, CR LF and CR.
        case markdown
    }

    public init(path: String, bytes: [UInt8], lineBreaks: LineBreaks = .yaml) {
        self.path = path
        self.bytes = bytes
        let unicodeBreaks = lineBreaks == .yaml
        self.unicodeBreaks = unicodeBreaks
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        starts.reserveCapacity(bytes.count / 40 + 2)
        // Every byte after a byte order mark is either in a word found to be ASCII or looked at alone,
        // and ORed in here; the mark itself is not ASCII.
        var high: UInt8 = starts[0] == 0 ? 0 : 0xEF
        bytes.withUnsafeBufferPointer { buffer in
            var i = starts[0]
            let n = buffer.count
            while i < n {
                // Most bytes are none of the bytes that start a line break: skip them first, eight at
                // a time while they are ASCII above CR.
                while i + 8 <= n {
                    let word = ByteScan.word(buffer, at: i)
                    guard ByteScan.isASCII(word), !ByteScan.hasByte(word, below: 0x0E) else { break }
                    i += 8
                }
                guard i < n else { break }
                let b = buffer[i]
                high |= b
                if b > 0x0D && b != 0xC2 && b != 0xE2 {
                    i += 1
                } else if b == 0x0A {
                    i += 1
                    starts.append(i)
                } else if b == 0x0D {
                    i += (i + 1 < n && buffer[i + 1] == 0x0A) ? 2 : 1
                    starts.append(i)
                } else if unicodeBreaks, b == 0xC2, i + 1 < n, buffer[i + 1] == 0x85 {
                    i += 2
                    starts.append(i)
                } else if unicodeBreaks, b == 0xE2, i + 2 < n, buffer[i + 1] == 0x80, buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9 {
                    i += 3
                    starts.append(i)
                } else {
                    i += 1
                }
            }
        }
        self.lineStarts = starts
        isASCII = high < 0x80
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The byte range of a 1-based line, without its line break.
    public func lineByteRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        // Trim the line break itself.
        while end > start {
            let b = bytes[end - 1]
            if b == 0x0A || b == 0x0D {
                end -= 1
                continue
            }
            if unicodeBreaks, end - start >= 2, bytes[end - 2] == 0xC2, b == 0x85 {
                end -= 2
                continue
            }
            if unicodeBreaks, end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0xA8 || b == 0xA9 {
                end -= 3
                continue
            }
            break
        }
        return start..<min(max(start, end), bytes.count)
    }

    /// The position of a byte offset, with the column counted in Unicode scalars.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var i = start
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if start > clamped { return SourcePosition(line: 1, column: 1, offset: clamped) }
        return SourcePosition(line: low + 1, column: column, offset: clamped)
    }
}

/// Converts libyaml marks (0-based line, 0-based column in scalars) into positions with byte
/// offsets. Marks arrive mostly in increasing order, so it walks on from the last answer instead of
/// from the start of the line; that keeps a 1 MB single-line file linear.
package struct MarkConverter {
    let text: SourceText
    private var cachedLine = -1
    private var cachedColumn = 0
    private var cachedOffset = 0

    package init(text: SourceText) {
        self.text = text
    }

    mutating package func position(line0: Int, column0: Int) -> SourcePosition {
        let lineStarts = text.lineStarts
        guard line0 >= 0, line0 < lineStarts.count else {
            return text.position(ofOffset: text.bytes.count)
        }
        if text.isASCII {
            return SourcePosition(line: line0 + 1, column: column0 + 1, offset: min(lineStarts[line0] + max(0, column0), text.bytes.count))
        }
        var column = 0
        var offset = lineStarts[line0]
        if line0 == cachedLine, column0 >= cachedColumn {
            column = cachedColumn
            offset = cachedOffset
        }
        let bytes = text.bytes
        let n = bytes.count
        while column < column0, offset < n {
            offset += 1
            while offset < n, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        cachedLine = line0
        cachedColumn = column
        cachedOffset = offset
        return SourcePosition(line: line0 + 1, column: column0 + 1, offset: offset)
    }
}
