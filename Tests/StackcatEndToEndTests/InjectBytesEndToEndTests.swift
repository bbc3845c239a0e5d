import Foundation
import Testing

/// Issue 12, item 5: `docs --inject` reads and writes bytes. A CR LF file's stale block fails
/// `--check` (it used to be "no stackcat blocks", and passed), bytes that are not UTF-8 outside the
/// blocks survive, and a byte-order mark does not hide the first marker.
@Suite("docs --inject keeps bytes", .serialized)
struct InjectBytesEndToEndTests {
    @Test func crlfStaleBlockFailsTheCheckAndIsFilledWithCRLF() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let file = scratch.root.appendingPathComponent("guide.md")
        let original = Array("# Guide\r\n\r\n<!-- stackcat:begin categories -->\r\nstale\r\n<!-- stackcat:end -->\r\nEnd.\r\n".utf8)
        try Data(original).write(to: file)
        let check = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: scratch.root)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stderr.contains("stale blocks in guide.md"))
        #expect(try Array(Data(contentsOf: file)) == original)
        let run = try Binary.run(["docs", "--inject", "guide.md"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        let filled = try Array(Data(contentsOf: file))
        let text = String(decoding: filled, as: UTF8.self)
        #expect(text.hasPrefix("# Guide\r\n\r\n<!-- stackcat:begin categories -->\r\n"))
        #expect(text.hasSuffix("\r\n<!-- stackcat:end -->\r\nEnd.\r\n"))
        #expect(!text.contains("stale"))
        // Every line feed in the file is part of a CR LF.
        #expect(zip(filled.indices, filled).allSatisfy { index, byte in byte != 0x0A || (index > 0 && filled[index - 1] == 0x0D) })
        let again = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: scratch.root)
        #expect(again.status == 0, "\(again.stderr)")
        let twice = try Binary.run(["docs", "--inject", "guide.md"], in: scratch.root)
        #expect(twice.status == 0)
        #expect(try Array(Data(contentsOf: file)) == filled)
    }

    @Test func invalidUTF8AndAByteOrderMarkSurvive() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let file = scratch.root.appendingPathComponent("guide.md")
        let head: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<!-- stackcat:begin categories -->\n".utf8)
        let tail: [UInt8] = Array("<!-- stackcat:end -->\ncaf".utf8) + [0xE9, 0x0A, 0xFF, 0xC3, 0x28, 0x0A]
        try Data(head + Array("old\n".utf8) + tail).write(to: file)
        let run = try Binary.run(["docs", "--inject", "guide.md"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        let filled = try Array(Data(contentsOf: file))
        #expect(filled.starts(with: head))
        #expect(filled.suffix(tail.count).elementsEqual(tail))
        #expect(!String(decoding: filled, as: UTF8.self).contains("old\n"))
        let check = try Binary.run(["docs", "--inject", "guide.md", "--check"], in: scratch.root)
        #expect(check.status == 0, "\(check.stderr)")
    }

    /// A lone CR ends a line too, so the line numbers agree with the snippet.
    @Test func mixedLineEndingsGiveTheRightLine() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try Data("a\rb\r\nc\n<!-- stackcat:end -->\n".utf8).write(to: scratch.root.appendingPathComponent("guide.md"))
        let run = try Binary.run(["docs", "--inject", "guide.md"], in: scratch.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("guide.md:4:1: error: stackcat:end without a stackcat:begin before it\n    4 | <!-- stackcat:end -->\n"))
    }
}
