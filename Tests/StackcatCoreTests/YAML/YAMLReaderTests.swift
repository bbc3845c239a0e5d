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

@Suite("YAML reader")
struct YAMLReaderTests {
    func read(_ text: String) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        YAMLReader().read(SourceText(path: "t.yaml", text: text))
    }

    func read(bytes: [UInt8]) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        YAMLReader().read(SourceText(path: "t.yaml", bytes: bytes))
    }

    func value(_ root: YAMLNode?, _ key: String) -> YAMLNode? {
        root?.mapping?.first { $0.key.scalar?.value == key }?.value
    }

    @Test func scalarsKnowTheirStartAndEnd() throws {
        let m = Marked(
            """
            1️⃣name2️⃣: 3️⃣Spinnaker4️⃣
            tags: [5️⃣a6️⃣, 7️⃣"b c"8️⃣]

            """)
        let (root, diagnostics) = read(m.text)
        #expect(diagnostics.isEmpty)
        let pair = try #require(root?.mapping?.first)
        #expect(pair.key.span == SourceSpan(start: m[1], end: m[2]))
        #expect(pair.value.span == SourceSpan(start: m[3], end: m[4]))
        let tags = try #require(value(root, "tags")?.sequence)
        #expect(tags[0].span == SourceSpan(start: m[5], end: m[6]))
        #expect(tags[1].span == SourceSpan(start: m[7], end: m[8]))
        #expect(tags[1].scalar?.value == "b c")
    }

    @Test func columnsCountCharactersAndOffsetsCountBytes() throws {
        let m = Marked("name: \"日本語\"\nsummary: 1️⃣x\n")
        let (root, _) = read(m.text)
        let summary = try #require(value(root, "summary"))
        #expect(summary.span.start == m[1])
        let m2 = Marked("name: 日本語 1️⃣é\n")
        let (root2, _) = read("a: [" + m2.text.dropFirst(6).dropLast() + "]\n")
        #expect(root2?.mapping?.first?.value.sequence?.first?.scalar?.value == "日本語 é")
        // "日本語 " is 4 characters and 10 bytes after "name: ".
        #expect(m2[1].column == 11)
        #expect(m2[1].offset == 16)
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let (root, diagnostics) = read(bytes: bom + Array("name: A\r\nsummary: B\r\n".utf8))
        #expect(diagnostics.isEmpty)
        let summary = try #require(value(root, "summary"))
        #expect(summary.scalar?.value == "B")
        #expect(summary.span.start == SourcePosition(line: 2, column: 10, offset: 3 + 9 + 9))
    }

    @Test func anchorsAliasesAndMergeKeys() throws {
        let (root, diagnostics) = read(
            """
            base: &base
              license: MIT
              hosting: library
            tool:
              <<: *base
              hosting: saas
            copy: *base

            """)
        #expect(diagnostics.isEmpty)
        let tool = try #require(value(root, "tool"))
        #expect(value(tool, "license")?.scalar?.value == "MIT")
        #expect(value(tool, "hosting")?.scalar?.value == "saas", "explicit keys win over merged ones")
        #expect(value(value(root, "copy"), "license")?.scalar?.value == "MIT")
    }

    @Test func duplicateKeysNameBothPositions() throws {
        let m = Marked("1️⃣name: a\nsummary: b\n2️⃣name: c\n")
        let (_, diagnostics) = read(m.text)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == "duplicate-key")
        #expect(d.message == "duplicate key 'name'")
        #expect(d.location?.span.start == m[2])
        #expect(d.notes.first?.location?.span.start == m[1])
        #expect(d.notes.first?.message == "'name' is first defined here")
    }

    @Test func syntaxErrorsCarryLibyamlsProblemAndPosition() throws {
        let m = Marked("name: a\nsummary: b1️⃣: c\n")
        let (_, diagnostics) = read(m.text)
        let d = try #require(diagnostics.first)
        #expect(d.code == "yaml-syntax")
        #expect(d.message == "YAML syntax error: mapping values are not allowed in this context")
        #expect(d.location?.span.start == m[1])
    }

    @Test func tabsAsIndentationAreASyntaxError() throws {
        let (_, diagnostics) = read("name: a\nroles:\n\t- x\n")
        #expect(diagnostics.first?.code == "yaml-syntax")
        #expect(diagnostics.first?.location?.span.start.line == 3)
    }

    @Test func aSecondDocumentIsAnError() throws {
        let m = Marked("name: a\n1️⃣---\nname: b\n")
        let (_, diagnostics) = read(m.text)
        let d = try #require(diagnostics.first)
        #expect(d.code == "multiple-documents")
        #expect(d.location?.span.start == m[1])
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        let (_, diagnostics) = read(bytes: Array("name: a\nsummary: ".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        let d = try #require(diagnostics.first)
        #expect(d.code == "invalid-utf8")
        #expect(d.location?.span.start == SourcePosition(line: 2, column: 10, offset: 17))
    }

    @Test func nulBytesAreASyntaxError() throws {
        let (_, diagnostics) = read(bytes: Array("name: a".utf8) + [0] + Array("\n".utf8))
        #expect(diagnostics.first?.code == "yaml-syntax")
        #expect(diagnostics.first?.location?.span.start.line == 1)
    }

    @Test func anAliasBombStopsEarly() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        // Refused where it crosses the bound, not expanded (that would take minutes and gigabytes): the
        // line of the diagnostic says where the reader stopped.
        let result = read(text)
        let d = try #require(result.diagnostics.first)
        #expect(d.code == "alias-limit")
        #expect(d.location?.span.start.line == 5, "e's aliases of d cross the bound: 12,330 nodes before it, 11,111 per alias")
    }

    @Test func deepNestingIsRefusedWithoutRecursion() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let (root, diagnostics) = read(text)
        #expect(root == nil)
        let d = try #require(diagnostics.first)
        #expect(d.code == "nesting-limit")
        #expect(d.location?.span.start == SourcePosition(line: 1, column: 129, offset: 128))
    }

    @Test func unknownAliasIsAnError() throws {
        let (_, diagnostics) = read("a: *missing\n")
        #expect(diagnostics.first?.code == "unknown-alias")
    }

    @Test func yaml11ScalarTypesAreResolved() {
        func type(_ s: String, _ style: YAMLScalar.Style = .plain) -> YAMLScalarType {
            YAMLScalar(value: s, style: style).resolvedType
        }
        #expect(type("yes") == .bool)
        #expect(type("Off") == .bool)
        #expect(type("null") == .null)
        #expect(type("~") == .null)
        #expect(type("2015") == .int)
        #expect(type("0x1F") == .int)
        #expect(type("1.5") == .float)
        #expect(type("1e3") == .float)
        #expect(type("2018-04-26") == .string)
        #expect(type("v1.0") == .string)
        #expect(type("2015", .doubleQuoted) == .string)
        #expect(type("yes", .singleQuoted) == .string)
    }

    @Test func aLongSingleLineStaysLinear() throws {
        let entries = (0..<50_000).map { "k\($0): v" }.joined(separator: ", ")
        let (root, diagnostics) = read("{" + entries + "}\n")
        #expect(diagnostics.isEmpty)
        let last = try #require(root?.mapping?.last)
        #expect(last.value.scalar?.value == "v")
        #expect(last.value.span.start.line == 1)
    }
}
