import FuzzDriver
import StackcatCore

/// `docs --inject` on bytes: any input is filled with a stub renderer (the block's arguments, one per
/// line, so the output depends on the block). Properties checked on every input:
/// - with diagnostics, the output is the input;
/// - without, the lines outside the blocks (marker lines included) are the input's, byte for byte,
///   each block's lines end like its begin marker, and a second fill gives the same bytes.
/// A failed property traps, which libFuzzer records as a crash.
enum Harness {
    static func render(_ block: Injection.Block) throws(InjectionError) -> String {
        if block.arguments.first == "fail" { throw InjectionError("stub failure") }
        return block.arguments.joined(separator: "\n")
    }

    static func run(_ data: UnsafeRawBufferPointer) {
        let input = Array(data)
        let first = Injection.fill(input, path: "fuzz.md", render: render)
        if !first.diagnostics.isEmpty {
            check(first.bytes == input, "a fill with diagnostics changed the bytes")
            return
        }
        let before = Reference.split(input)
        let after = Reference.split(first.bytes)
        check(before.outside == after.outside, "bytes outside the blocks changed")
        check(before.blocks.count == first.blocks.count && after.blocks.count == first.blocks.count, "blocks miscounted")
        for (block, filled) in zip(first.blocks, after.blocks) {
            let body = (try? render(block)).map { Reference.lines(Array($0.utf8)) } ?? []
            check(filled.lines.map { Array($0.content) } == body.map { Array($0.content) }, "a block does not hold the command's lines")
            check(filled.lines.allSatisfy { $0.lineBreak.elementsEqual(filled.beginBreak) }, "a block line ends unlike its begin marker")
        }
        let second = Injection.fill(first.bytes, path: "fuzz.md", render: render)
        check(second.diagnostics.isEmpty, "the second fill has diagnostics")
        check(second.bytes == first.bytes, "the second fill changed the bytes")
        // Lines move when a block's length changes; the commands stay.
        check(second.blocks.map(\.arguments) == first.blocks.map(\.arguments), "the second fill found other blocks")
    }

    static func check(_ condition: Bool, _ message: StaticString) {
        if !condition { fatalError("\(message)") }
    }
}

/// An independent reading of the block structure, written for the fuzzer: CommonMark line ends
/// (LF, CR LF, CR), a marker is the whole line but for spaces and tabs (and a byte-order mark on the
/// first line).
enum Reference {
    struct Line {
        var content: ArraySlice<UInt8>
        var lineBreak: ArraySlice<UInt8>
    }

    struct Block {
        var beginBreak: ArraySlice<UInt8>
        var lines: [Line] = []
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var start = 0
        var i = 0
        var lines: [Line] = []
        while i <= bytes.count {
            if i == bytes.count {
                if start < i { lines.append(Line(content: bytes[start..<i], lineBreak: [])) }
                break
            }
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                let next = bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                lines.append(Line(content: bytes[start..<i], lineBreak: bytes[i..<next]))
                start = next
                i = next
            } else {
                i += 1
            }
        }
        return lines
    }

    static func split(_ bytes: [UInt8]) -> (outside: [UInt8], blocks: [Block]) {
        var outside: [UInt8] = []
        var blocks: [Block] = []
        var open: Block?
        for (index, line) in lines(bytes).enumerated() {
            var text = Array(line.content)
            if index == 0, text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
            while let f = text.first, f == 0x20 || f == 0x09 { text.removeFirst() }
            while let l = text.last, l == 0x20 || l == 0x09 { text.removeLast() }
            let isEnd = text == Array("<!-- stackcat:end -->".utf8)
            let isBegin = text.starts(with: Array("<!-- stackcat:begin ".utf8)) && text.count >= 23 && text.suffix(3) == Array("-->".utf8)[...]
            if isBegin {
                outside += line.content + line.lineBreak
                open = Block(beginBreak: line.lineBreak)
            } else if isEnd, let block = open {
                blocks.append(block)
                open = nil
                outside += line.content + line.lineBreak
            } else if open != nil {
                open!.lines.append(line)
            } else {
                outside += line.content + line.lineBreak
            }
        }
        return (outside, blocks)
    }
}

/// SwiftPM links an executable target's entry point under this name; it hands over to libFuzzer.
@_cdecl("FuzzInject_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        Harness.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
