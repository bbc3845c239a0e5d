import StackcatRendering
import Testing

@testable import StackcatEditing

@Suite("JSON-RPC framing and JSON reading")
struct MessageFramerTests {
    func framed(_ body: String) -> [UInt8] { Array(MessageFramer.frame(body).utf8) }

    @Test func wholeMessagesComeOutHoweverTheBytesArrive() {
        let stream = framed(#"{"a":1}"#) + framed(#"{"b":"é"}"#)
        for chunk in [1, 2, 7, stream.count] {
            var framer = MessageFramer()
            var events: [MessageFramer.Event] = []
            var at = 0
            while at < stream.count {
                events += framer.feed(stream[at..<min(at + chunk, stream.count)])
                at += chunk
            }
            #expect(events == [.message(Array(#"{"a":1}"#.utf8)), .message(Array(#"{"b":"é"}"#.utf8))], "chunks of \(chunk)")
        }
    }

    @Test func headersAreCaseInsensitiveAndContentTypeIsAllowed() {
        var framer = MessageFramer()
        let events = framer.feed(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(events == [.message(Array("{}".utf8))])
    }

    @Test func aMissingOrBadContentLengthIsAFramingErrorAndReadingGoesOn() {
        var framer = MessageFramer()
        let events = framer.feed(Array("Content-Type: x\r\n\r\n".utf8) + Array("Content-Length: -3\r\n\r\n".utf8) + framed("{}"))
        #expect(events.count == 3)
        guard events.count == 3 else { return }
        if case .framingError = events[0] {} else { Issue.record("expected a framing error, got \(events[0])") }
        if case .framingError = events[1] {} else { Issue.record("expected a framing error, got \(events[1])") }
        #expect(events[2] == .message(Array("{}".utf8)))
    }

    @Test func anOversizedBodyIsSkippedWithoutBeingHeld() {
        var framer = MessageFramer(maxBodySize: 10)
        let big = String(repeating: "x", count: 50)
        var events = framer.feed(Array("Content-Length: 50\r\n\r\n".utf8) + Array(big.utf8.prefix(20)))
        #expect(events == [.framingError("a message of 50 bytes, more than the 10 allowed")])
        events = framer.feed(Array(big.utf8.dropFirst(20)) + framed("{}"))
        #expect(events == [.message(Array("{}".utf8))])
    }

    @Test func anEndlessHeaderIsAFramingError() {
        var framer = MessageFramer(maxHeaderSize: 100)
        let events = framer.feed(Array(String(repeating: "X", count: 500).utf8))
        #expect(events.contains { if case .framingError = $0 { true } else { false } })
    }

    /// FuzzLsp's first finding: a header block over the limit was an error when it came in small reads
    /// but a message when it came in one (the blank line was then found beyond the limit), and the
    /// error skipped to the end of whatever read held it, taking the next messages with it.
    @Test(arguments: [1, 3, 64, 300, 10_000])
    func aHeaderBlockOverTheLimitIsOneErrorHoweverTheBytesArrive(read: Int) {
        let stream =
            Array(("X-Padding: " + String(repeating: "p", count: 300) + "\r\n\r\n").utf8) + framed(#"{"a":1}"#)
            + Array(String(repeating: "H", count: 400).utf8) + Array("\n\n".utf8) + framed("[]")
        var framer = MessageFramer(maxHeaderSize: 256)
        var events: [MessageFramer.Event] = []
        var at = 0
        while at < stream.count {
            events += framer.feed(stream[at..<min(at + read, stream.count)])
            at += read
        }
        // Each oversized block is skipped up to its blank line, and the message after it is read.
        let tooLong = MessageFramer.Event.framingError("a header block longer than 256 bytes")
        #expect(events == [tooLong, .message(Array(#"{"a":1}"#.utf8)), tooLong, .message(Array("[]".utf8))], "reads of \(read) bytes")
    }

    @Test func jsonIsReadWithEscapesAndNesting() throws {
        let value = try JSONValue.parse(Array(#" {"id": 3, "s": "a\"b\\c\u00e9\ud83d\ude00\n", "l": [true, false, null, -12, 1.5e3], "o": {}} "#.utf8))
        #expect(value["id"]?.intValue == 3)
        #expect(value["s"]?.stringValue == "a\"b\\cé😀\n")
        #expect(value["l"]?.arrayValue?.count == 5)
        #expect(value["o"] == .object([]))
        #expect(value.compact() == #"{"id":3,"s":"a\"b\\cé😀\n","l":[true,false,null,-12,1],"o":{}}"#)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"\u{01}\"", "01x", "{} {}", "deep"])
    func malformedJSONIsAnErrorNotACrash(_ text: String) {
        // "deep": ten thousand open brackets, past the nesting bound (named so that the test's name stays short).
        let input = text == "deep" ? String(repeating: "[", count: 10_000) : text
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Array(input.utf8)) }
    }

    @Test func positionsCountUTF16UnitsOrBytes() {
        let text = Array("a: é😀x\r\nb\rc".utf8)
        let utf16 = LineIndex(text, encoding: .utf16)
        let x = text.firstIndex(of: UInt8(ascii: "x"))!
        #expect(utf16.position(ofOffset: x) == (0, 6))
        #expect(utf16.offset(line: 0, character: 6) == x)
        #expect(utf16.position(ofOffset: text.firstIndex(of: UInt8(ascii: "c"))!) == (2, 0))
        #expect(utf16.offset(line: 0, character: 99) == x + 1)
        let utf8 = LineIndex(text, encoding: .utf8)
        #expect(utf8.position(ofOffset: x) == (0, 9))
    }

    @Test func fileURIsRoundTrip() {
        let path = "/tmp/a b/é#%.yaml"
        #expect(FileURI.path(FileURI.uri(path)) == path)
        #expect(FileURI.path("file:///x/%3Ay.yaml") == "/x/:y.yaml")
        #expect(FileURI.path("untitled:Untitled-1") == nil)
        #expect(FileURI.path("file://other-host/x") == nil)
    }
}
