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

@Suite("Terminal table layout")
struct TextTableFormatTests {
    @Test func tableFitsTheTerminalByCuttingTheSummary() {
        let catalog = QueryFixture.catalog()
        let table = Listings.tools(catalog.tools, in: catalog)
        let narrow = TextTableFormat().render(table, options: RenderOptions(terminalWidth: 60))
        for line in narrow.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= 60, "\(line)")
        }
        #expect(narrow.contains("…"))
        // Not on a terminal, nothing is cut.
        let plain = TextTableFormat().render(table, options: .plain)
        #expect(!plain.contains("…"))
        #expect(plain.contains(catalog.tool("circleci")!.summary))
    }

    @Test func wideCharactersCountAsTwoColumnsAndControlsAreReplaced() {
        #expect(TerminalText.width("日本語") == 6)
        #expect(TerminalText.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(TerminalText.sanitize("a\u{1B}[31mb\nc") == "a\u{FFFD}[31mb c")
    }
}
