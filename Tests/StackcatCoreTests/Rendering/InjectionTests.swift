import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// `Injection.fill` on bytes (issue 12, item 5): everything outside the blocks is kept byte for byte,
/// CR LF and mixed line endings, a byte-order mark, line numbers in diagnostics.
@Suite("docs --inject blocks, byte for byte")
struct InjectionTests {
    static func fill(_ bytes: [UInt8], body: String = "one\ntwo\n") -> (bytes: [UInt8], blocks: [Injection.Block], diagnostics: [Diagnostic]) {
        Injection.fill(bytes, path: "guide.md") { _ throws(InjectionError) in body }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func crlfFileIsFilledWithCRLFLines() {
        let input = Self.bytes("# Title\r\n<!-- stackcat:begin list -->\r\nstale\r\n<!-- stackcat:end -->\r\ntail\r\n")
        let result = Self.fill(input)
        #expect(result.diagnostics.isEmpty)
        #expect(result.blocks.map(\.arguments) == [["list"]])
        #expect(result.bytes == Self.bytes("# Title\r\n<!-- stackcat:begin list -->\r\none\r\ntwo\r\n<!-- stackcat:end -->\r\ntail\r\n"))
    }

    @Test func blockLinesEndLikeTheirBeginMarker() {
        let input = Self.bytes("a\n<!-- stackcat:begin x -->\r\n<!-- stackcat:end -->\nb\r<!-- stackcat:begin y -->\r<!-- stackcat:end -->\n")
        let result = Self.fill(input, body: "1\r\n2")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.bytes
                == Self.bytes("a\n<!-- stackcat:begin x -->\r\n1\r\n2\r\n<!-- stackcat:end -->\nb\r<!-- stackcat:begin y -->\r1\r2\r<!-- stackcat:end -->\n"))
    }

    @Test func invalidUTF8OutsideBlocksIsKept() {
        let before: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x0A, 0xFF, 0xFE, 0x00, 0x0A]  // Latin-1, invalid bytes, NUL
        let after: [UInt8] = [0x0A, 0xC3, 0x28, 0x80]  // no final line break
        let input = before + Self.bytes("<!-- stackcat:begin list -->\n<!-- stackcat:end -->") + after
        let result = Self.fill(input)
        #expect(result.diagnostics.isEmpty)
        #expect(result.bytes == before + Self.bytes("<!-- stackcat:begin list -->\none\ntwo\n<!-- stackcat:end -->") + after)
    }

    @Test func byteOrderMarkBeforeTheFirstMarker() {
        let input = [0xEF, 0xBB, 0xBF] + Self.bytes("<!-- stackcat:begin list -->\nold\n<!-- stackcat:end -->\n")
        let result = Self.fill(input)
        #expect(result.diagnostics.isEmpty)
        #expect(result.blocks.count == 1)
        #expect(result.bytes == [0xEF, 0xBB, 0xBF] + Self.bytes("<!-- stackcat:begin list -->\none\ntwo\n<!-- stackcat:end -->\n"))
    }

    /// LF, CR LF and a lone CR each end one line, as in CommonMark.
    @Test func lineNumbersCountEveryLineEnding() {
        let input = Self.bytes("a\rb\r\nc\n\u{2028}d\n  <!-- stackcat:end -->\n")
        let result = Self.fill(input)
        #expect(result.bytes == input)
        #expect(result.diagnostics.count == 1)
        let location = result.diagnostics.first?.location
        #expect(location?.span.start.line == 5)
        #expect(location?.span.start.column == 1)
        #expect(location?.span.start.offset == 12)
        let source = SourceText(path: "guide.md", bytes: input, lineBreaks: .markdown)
        #expect(source.lineByteRange(5) == 12..<35)
        let text = DiagnosticTextFormat().render(result.diagnostics, sources: ["guide.md": source])
        #expect(text.hasPrefix("guide.md:5:1: error: stackcat:end without a stackcat:begin before it\n    5 |   <!-- stackcat:end -->\n"))
    }

    @Test func fillingTwiceGivesTheSameBytes() {
        for input in [
            Self.bytes("x\r\n<!-- stackcat:begin a -->\r\n<!-- stackcat:end -->\r\n"),
            [0xEF, 0xBB, 0xBF, 0xFF] + Self.bytes("\r<!-- stackcat:begin a -->\r<!-- stackcat:end -->"),
            Self.bytes("<!-- stackcat:begin a -->\n\n\n<!-- stackcat:end -->\n<!-- stackcat:begin b -->\r\n<!-- stackcat:end -->\r\n")
        ] {
            let once = Self.fill(input, body: "r1\n\nr3")
            let twice = Self.fill(once.bytes, body: "r1\n\nr3")
            #expect(once.diagnostics.isEmpty && twice.diagnostics.isEmpty)
            #expect(twice.bytes == once.bytes)
        }
    }

    /// Output with a marker line would pair with the next run's markers: refused.
    @Test func outputThatReadsAsAMarkerIsRefused() {
        let input = Self.bytes("<!-- stackcat:begin a -->\n<!-- stackcat:end -->\n")
        let result = Self.fill(input, body: "text\n  <!-- stackcat:end -->\nmore\n")
        #expect(result.bytes == input)
        #expect(result.diagnostics.map(\.message) == ["the command's output has a line that reads as a stackcat marker"])
    }

    @Test func unbalancedMarkersLeaveTheBytesAlone() {
        for (input, message) in [
            ("<!-- stackcat:begin a -->\r\n<!-- stackcat:begin b -->\r\n", "a stackcat:begin block is opened inside another"),
            ("<!-- stackcat:begin  -->\n<!-- stackcat:end -->\n", "the begin marker names no command, or has an unclosed quote"),
            ("x\r\n<!-- stackcat:begin a -->\r\n", "stackcat:begin block has no stackcat:end")
        ] {
            let result = Self.fill(Self.bytes(input))
            #expect(result.bytes == Self.bytes(input))
            #expect(result.diagnostics.map(\.message) == [message])
        }
    }
}
