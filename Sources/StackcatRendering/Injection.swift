import StackcatModel

/// Fills `<!-- stackcat:begin ARGS -->` ... `<!-- stackcat:end -->` blocks in hand-written Markdown
/// with the output of the command that ARGS names. It works on the file's bytes: everything outside
/// the blocks, the marker lines included, is kept byte for byte, whatever its encoding.
///
/// Lines end as in CommonMark: LF, CR LF or a lone CR, each one line break (so line numbers in
/// diagnostics agree with editors and with `SourceText(lineBreaks: .markdown)`). A block's generated
/// lines end like its begin-marker line, so a CR LF file stays CR LF. A UTF-8 byte-order mark before
/// the first line is kept and does not hide a marker there.
public enum Injection {
    public static let beginPrefix = "<!-- stackcat:begin "
    public static let endLine = "<!-- stackcat:end -->"
    static let beginBytes = Array(beginPrefix.utf8)
    static let closeBytes = Array("-->".utf8)
    static let endBytes = Array(endLine.utf8)
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public struct Block: Sendable, Equatable {
        /// The command line inside the begin marker, split into arguments.
        public var arguments: [String]
        /// 1-based line of the begin marker.
        public var line: Int
    }

    /// One line of the file: its bytes from `start` to `end`, the line break `end..<next` excluded.
    struct Line {
        var start: Int
        var end: Int
        var next: Int
    }

    /// The file with every block filled by `render`, or the diagnostics that stop it (unbalanced
    /// markers, bad arguments, or what `render` throws); with diagnostics, `bytes` is the input.
    public static func fill(
        _ input: [UInt8], path: String,
        render: (Block) throws(InjectionError) -> String
    ) -> (bytes: [UInt8], blocks: [Block], diagnostics: [Diagnostic]) {
        let source = SourceText(path: path, bytes: input, lineBreaks: .markdown)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        var open: (block: Block, line: Line)?
        func location(_ line: Line) -> SourceLocation {
            SourceLocation(path: path, span: SourceSpan(start: source.position(ofOffset: line.start), end: source.position(ofOffset: line.end)))
        }
        func failed() -> (bytes: [UInt8], blocks: [Block], diagnostics: [Diagnostic]) { (input, blocks, diagnostics) }
        for (index, line) in lines(of: input).enumerated() {
            switch marker(input, line) {
            case .begin(let inner):
                if let current = open {
                    diagnostics.append(Diagnostics.nestedBlock(at: location(line), open: location(current.line)))
                    return failed()
                }
                guard let arguments = splitArguments(String(decoding: inner, as: UTF8.self)), !arguments.isEmpty else {
                    diagnostics.append(Diagnostics.emptyBlockCommand(at: location(line)))
                    return failed()
                }
                out += input[line.start..<line.next]
                open = (Block(arguments: arguments, line: index + 1), line)
            case .end:
                guard let current = open else {
                    diagnostics.append(Diagnostics.endWithoutBegin(at: location(line)))
                    return failed()
                }
                do {
                    let body = try render(current.block)
                    let lineBreak = current.line.next > current.line.end ? Array(input[current.line.end..<current.line.next]) : [0x0A]
                    out += try generatedLines(body, lineBreak: lineBreak)
                } catch {
                    diagnostics.append(Diagnostics.blockCommandFailed(error.message, notes: error.notes, at: location(current.line)))
                }
                blocks.append(current.block)
                out += input[line.start..<line.next]
                open = nil
            case nil:
                if open == nil { out += input[line.start..<line.next] }
            }
        }
        if let current = open {
            diagnostics.append(Diagnostics.beginWithoutEnd(at: location(current.line), endLine: endLine))
            return failed()
        }
        return diagnostics.isEmpty ? (out, blocks, diagnostics) : failed()
    }

    /// The lines of a file; a file that ends with a line break has no empty last line.
    static func lines(of bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                let next = b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                lines.append(Line(start: start, end: i, next: next))
                start = next
                i = next
            } else {
                i += 1
            }
        }
        if start < n { lines.append(Line(start: start, end: n, next: n)) }
        return lines
    }

    enum Marker {
        case begin(ArraySlice<UInt8>)
        case end
    }

    /// Whether a line is a marker: spaces and tabs around it, and a byte-order mark before the
    /// file's first line, are allowed.
    static func marker(_ bytes: [UInt8], _ line: Line) -> Marker? {
        var text = bytes[line.start..<line.end]
        if line.start == 0, text.starts(with: byteOrderMark) { text = text.dropFirst(byteOrderMark.count) }
        while let first = text.first, first == 0x20 || first == 0x09 { text = text.dropFirst() }
        while let last = text.last, last == 0x20 || last == 0x09 { text = text.dropLast() }
        if text.elementsEqual(endBytes) { return .end }
        if text.starts(with: beginBytes), text.count >= beginBytes.count + closeBytes.count, text.suffix(closeBytes.count).elementsEqual(closeBytes) {
            return .begin(text.dropFirst(beginBytes.count).dropLast(closeBytes.count))
        }
        return nil
    }

    /// A command's output as the lines of a block: each line ends with `lineBreak` (LF, CR LF and CR
    /// in the output all count as line ends). Output with a line that reads as a marker is refused,
    /// because the next run would pair it.
    static func generatedLines(_ body: String, lineBreak: [UInt8]) throws(InjectionError) -> [UInt8] {
        let bytes = Array(body.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        for line in lines(of: bytes) {
            if marker(bytes, line) != nil {
                throw InjectionError(
                    "the command's output has a line that reads as a stackcat marker",
                    notes: ["a block cannot contain '\(beginPrefix)...' or '\(endLine)' on a line of its own"])
            }
            out += bytes[line.start..<line.end]
            out += lineBreak
        }
        return out
    }

    /// Splits a command line on spaces, honouring single and double quotes; nil for an unclosed quote.
    public static func splitArguments(_ text: String) -> [String]? {
        var result: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let q = quote {
                if character == q { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord {
                    result.append(current)
                    current = ""
                    inWord = false
                }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { return nil }
        if inWord { result.append(current) }
        return result
    }
}

/// Why a block's command could not run.
public struct InjectionError: Error, Sendable {
    public var message: String
    public var notes: [String]

    public init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }
}
