/// Fills `<!-- stackcat:begin ARGS -->` ... `<!-- stackcat:end -->` blocks in hand-written Markdown
/// with the output of the command that ARGS names. Everything outside the blocks is kept byte for byte.
public enum Injection {
    public static let beginPrefix = "<!-- stackcat:begin "
    public static let endLine = "<!-- stackcat:end -->"

    public struct Block: Sendable, Equatable {
        /// The command line inside the begin marker, split into arguments.
        public var arguments: [String]
        /// 1-based line of the begin marker.
        public var line: Int
    }

    /// The text with every block filled by `render`, or the diagnostics that stop it (unbalanced
    /// markers, bad arguments, or what `render` throws).
    public static func fill(_ text: String, path: String,
                            render: (Block) throws(InjectionError) -> String) -> (text: String, blocks: [Block], diagnostics: [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let source = SourceText(path: path, text: text)
        var out: [Substring] = []
        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        var open: (block: Block, column: Int)?
        func location(_ line: Int, _ length: Int) -> SourceLocation {
            let start = SourcePosition(line: line, column: 1, offset: line - 1 < source.lineStarts.count ? source.lineStarts[line - 1] : 0)
            var end = start
            end.column += length
            end.offset += length
            return SourceLocation(path: path, span: SourceSpan(start: start, end: end))
        }
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingSpacesAndTabs()
            if trimmed.hasPrefix(beginPrefix) && trimmed.hasSuffix("-->") {
                if let current = open {
                    diagnostics.append(Diagnostics.nestedBlock(at: location(lineNumber, line.count), open: location(current.block.line, 1)))
                    return (text, blocks, diagnostics)
                }
                let inner = trimmed.dropFirst(beginPrefix.count).dropLast(3)
                guard let arguments = splitArguments(String(inner)), !arguments.isEmpty else {
                    diagnostics.append(Diagnostics.emptyBlockCommand(at: location(lineNumber, line.count)))
                    return (text, blocks, diagnostics)
                }
                out.append(raw)
                open = (Block(arguments: arguments, line: lineNumber), 1)
                continue
            }
            if trimmed == endLine {
                guard let current = open else {
                    diagnostics.append(Diagnostics.endWithoutBegin(at: location(lineNumber, line.count)))
                    return (text, blocks, diagnostics)
                }
                do {
                    var body = try render(current.block)
                    if !body.isEmpty && !body.hasSuffix("\n") { body += "\n" }
                    out.append(contentsOf: body.split(separator: "\n", omittingEmptySubsequences: false).dropLast())
                } catch {
                    diagnostics.append(Diagnostics.blockCommandFailed(error.message, notes: error.notes, at: location(current.block.line, 1)))
                }
                blocks.append(current.block)
                out.append(raw)
                open = nil
                continue
            }
            if open == nil { out.append(raw) }
        }
        if let current = open {
            diagnostics.append(Diagnostics.beginWithoutEnd(at: location(current.block.line, 1), endLine: endLine))
            return (text, blocks, diagnostics)
        }
        return (out.joined(separator: "\n"), blocks, diagnostics)
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
                if inWord { result.append(current); current = ""; inWord = false }
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
