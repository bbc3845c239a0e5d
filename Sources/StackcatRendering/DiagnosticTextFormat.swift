import StackcatModel

/// Compiler-style diagnostics: `path:line:col: error: message`, the source line, and a caret under
/// the exact range; notes follow on lines of their own.
public struct DiagnosticTextFormat: Sendable {
    public var color: Bool
    /// Source lines longer than this many columns are shown as a window around the caret.
    public var snippetWidth = 120

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceText]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic, sources: sources)
        }
        return out
    }

    public func render(_ diagnostic: Diagnostic, sources: [String: SourceText]) -> String {
        var out = header(
            diagnostic.location, label: diagnostic.severity.rawValue, message: diagnostic.message,
            labelColor: diagnostic.severity == .error ? "31" : "35")
        if let location = diagnostic.location, let text = sources[location.path] {
            out += snippet(location.span, in: text)
        }
        for note in diagnostic.notes {
            let location = note.location ?? diagnostic.location
            out += header(location, label: "note", message: note.message, labelColor: "36")
            if let noteLocation = note.location, noteLocation != diagnostic.location, let text = sources[noteLocation.path] {
                out += snippet(noteLocation.span, in: text)
            }
        }
        return out
    }

    private func header(_ location: SourceLocation?, label: String, message: String, labelColor: String) -> String {
        var prefix = "stackcat: "
        if let location {
            prefix = "\(TerminalText.sanitize(location.path)):\(location.span.start.line):\(location.span.start.column): "
        }
        let labelText = color ? "\u{1B}[1;\(labelColor)m\(label):\u{1B}[0m" : "\(label):"
        let body = TerminalText.sanitize(message)
        return color ? "\u{1B}[1m\(prefix)\u{1B}[0m\(labelText) \u{1B}[1m\(body)\u{1B}[0m\n" : "\(prefix)\(labelText) \(body)\n"
    }

    /// The source line and a caret line. Columns are display columns, so wide characters and
    /// replaced control characters keep the caret under the right text.
    func snippet(_ span: SourceSpan, in text: SourceText) -> String {
        let line = span.start.line
        guard line >= 1, line <= text.lineCount else { return "" }
        let fullLine = text.lineByteRange(line)
        var range = fullLine
        // On a very long line only a window of bytes around the caret is decoded.
        let window = snippetWidth * 4
        let caretOffset = min(max(span.start.offset, range.lowerBound), range.upperBound)
        var skippedColumns = 0
        if range.count > window * 2 {
            var start = max(range.lowerBound, caretOffset - window)
            while start > range.lowerBound, text.bytes[start] & 0xC0 == 0x80 { start -= 1 }
            var end = min(range.upperBound, caretOffset + window)
            while end < range.upperBound, text.bytes[end] & 0xC0 == 0x80 { end += 1 }
            skippedColumns = text.bytes[range.lowerBound..<start].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            range = start..<end
        }
        let lineString = String(decoding: text.bytes[range], as: UTF8.self)
        let scalars = Array(lineString.unicodeScalars)
        let startIndex = min(max(0, span.start.column - 1 - skippedColumns), scalars.count)
        let endIndex: Int
        if span.end.line == line {
            endIndex = min(max(startIndex, span.end.column - 1 - skippedColumns), scalars.count)
        } else {
            endIndex = scalars.count
        }
        func shown(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: slice)
            return TerminalText.sanitize(String(s))
        }
        var windowStart = 0
        var windowEnd = scalars.count
        let cutAtEnd = range.upperBound < fullLine.upperBound
        if skippedColumns > 0 || cutAtEnd
            || TerminalText.width(shown(scalars[...])) > snippetWidth
        {
            windowStart = max(0, startIndex - snippetWidth / 3)
            windowEnd = min(scalars.count, windowStart + snippetWidth)
        }
        let prefix = windowStart > 0 || skippedColumns > 0 ? "…" : ""
        let suffix = windowEnd < scalars.count || cutAtEnd ? "…" : ""
        let visible = prefix + shown(scalars[windowStart..<windowEnd]) + suffix
        let caretStart = min(max(startIndex, windowStart), windowEnd)
        let caretEnd = min(max(endIndex, caretStart), windowEnd)
        let lead = TerminalText.width(prefix) + TerminalText.width(shown(scalars[windowStart..<caretStart]))
        let underlined = max(1, TerminalText.width(shown(scalars[caretStart..<caretEnd])))
        let number = String(line)
        let gutter = String(repeating: " ", count: max(4, number.count) - number.count) + number
        let blank = String(repeating: " ", count: max(4, number.count))
        var caret = String(repeating: " ", count: lead) + "^" + String(repeating: "~", count: underlined - 1)
        if color { caret = "\u{1B}[1;32m" + caret + "\u{1B}[0m" }
        return " \(gutter) | \(visible)\n \(blank) | \(caret)\n"
    }

    /// The line after capped diagnostics: `... and 999,800 more diagnostics not shown (--max-diagnostics 0 shows all)`.
    public static func omitted(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        let grouped = ByteCount.grouped(count)
        return "... and \(grouped) more diagnostic\(count == 1 ? "" : "s") not shown (--max-diagnostics 0 shows all)"
    }

    /// `validate: 2 errors, 1 warning in 57 files of catalog/`: `catalog` names what was read, so
    /// that a run in the wrong directory does not pass unnoticed.
    public static func summary(errors: Int, warnings: Int, files: Int, catalog: String? = nil) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let of = catalog.map { " of \($0)" } ?? ""
        return "validate: \(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(files, "file"))\(of)"
    }
}
