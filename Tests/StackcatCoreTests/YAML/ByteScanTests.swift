import CatalogLayout
import Testing

@testable import StackcatModel
@testable import StackcatYAML

/// The word-at-a-time scans against byte-by-byte answers: random words biased towards the edges the
/// tests turn on (0x0D/0x0E, 0x1F/0x20, 0x7E/0x7F, 0x80), and whole scans over random texts.
@Suite("Word-at-a-time byte scans")
struct ByteScanTests {
    static let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x0E, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0xC2, 0xE2, 0xFF]

    static func randomBytes(_ count: Int, _ random: inout SeededGenerator) -> [UInt8] {
        (0..<count).map { _ in
            switch random.next() % 4 {
            case 0: edges[Int(random.next() % UInt64(edges.count))]
            case 1: UInt8(truncatingIfNeeded: random.next())
            default: UInt8(0x20 + random.next() % 0x5F)
            }
        }
    }

    @Test func wordTestsAgreeWithEveryByte() {
        var random = SeededGenerator(state: 7)
        for _ in 0..<200_000 {
            let bytes = Self.randomBytes(8, &random)
            bytes.withUnsafeBufferPointer { buffer in
                let word = ByteScan.word(buffer, at: 0)
                #expect(ByteScan.isASCII(word) == bytes.allSatisfy { $0 < 0x80 })
                #expect(ByteScan.isPrintableASCII(word) == bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E })
                for limit: UInt8 in [0x01, 0x0E, 0x20, 0x80] {
                    #expect(ByteScan.hasByte(word, below: limit) == bytes.contains { $0 < limit })
                }
                for limit: UInt8 in [0x00, 0x7E, 0x7F] {
                    #expect(ByteScan.hasByte(word, above: limit) == bytes.contains { $0 > limit })
                }
            }
        }
    }

    /// The scans that use the word tests find what a byte-at-a-time loop finds, at every offset.
    @Test func scansFindWhatBytewiseLoopsFind() {
        var random = SeededGenerator(state: 11)
        for round in 0..<3_000 {
            // Mostly printable text with a rare interesting byte, so that long runs are skipped.
            var bytes = (0..<(Int(random.next() % 90))).map { _ in UInt8(0x20 + random.next() % 0x5F) }
            if round % 3 != 0, !bytes.isEmpty {
                bytes[Int(random.next() % UInt64(bytes.count))] = Self.edges[Int(random.next() % UInt64(Self.edges.count))]
            }
            let allowTab = round % 2 == 0
            let expectedForbidden = bytes.indices.first { ControlCharacters.length(at: $0, bytes: bytes, allowTab: allowTab) > 0 }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ControlCharacters.firstForbidden(in: buffer, allowTab: allowTab) == expectedForbidden)
            }
            let expectedInvalid = String(validating: bytes, as: UTF8.self) == nil
            #expect((UTF8Validation.firstInvalidOffset(in: bytes) != nil) == expectedInvalid)
            let expectedContains = bytes.contains { $0 == 0x0A || $0 >= 0x80 }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.contains(0x0A, orNonASCII: buffer) == expectedContains)
            }
            #expect(SourceText(path: "t", bytes: bytes).isASCII == bytes.allSatisfy { $0 < 0x80 })
            let expectedStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            if !bytes.contains(where: { $0 == 0x0D || $0 >= 0x80 }) {
                #expect(SourceText(path: "t", bytes: bytes).lineStarts == expectedStarts)
            }
        }
    }
}

extension ByteScanTests {
    /// An ASCII file's marks become positions by arithmetic; the same lines followed by one non-ASCII
    /// character are walked byte by byte: both give the same positions.
    @Test func asciiMarksAgreeWithTheWalk() {
        var random = SeededGenerator(state: 3)
        for _ in 0..<200 {
            let lines = (0..<(1 + Int(random.next() % 6))).map { _ in
                String((0..<Int(random.next() % 30)).map { _ in Character(UnicodeScalar(UInt8(0x20 + random.next() % 0x5F))) })
            }
            let ascii = lines.joined(separator: random.next() % 2 == 0 ? "\n" : "\r\n")
            let fast = SourceText(path: "a", text: ascii)
            let walked = SourceText(path: "b", text: ascii + "\nδ")
            #expect(fast.isASCII && !walked.isASCII)
            #expect(!SourceText(path: "c", bytes: [0xEF, 0xBB, 0xBF] + Array(ascii.utf8)).isASCII)
            var fastMarks = MarkConverter(text: fast)
            var walkedMarks = MarkConverter(text: walked)
            for line0 in 0..<lines.count {
                for column0 in 0...lines[line0].utf8.count {
                    #expect(fastMarks.position(line0: line0, column0: column0) == walkedMarks.position(line0: line0, column0: column0))
                }
            }
        }
    }
}

extension ByteScanTests {
    /// Paths sort by their bytes, compared eight at a time: the same order as comparing arrays.
    @Test func pathsSortByTheirBytes() {
        var random = SeededGenerator(state: 5)
        let alphabet = Array("aZ-_./0é9".unicodeScalars)
        for _ in 0..<20_000 {
            let make = { (random: inout SeededGenerator) -> String in
                String(String.UnicodeScalarView((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
            }
            let shared = make(&random)
            let a = shared + make(&random)
            let b = shared + make(&random)
            #expect(CatalogLayout.bytesPrecede(a, b) == Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)))
        }
    }
}

extension ControlCharacters {
    /// `length(at:in:allowTab:)` over an array, for the reference loop.
    fileprivate static func length(at i: Int, bytes: [UInt8], allowTab: Bool) -> Int {
        bytes.withUnsafeBufferPointer { length(at: i, in: $0, allowTab: allowTab) }
    }
}
