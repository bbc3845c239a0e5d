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

/// Every renderer whose output is meant for people, fed catalogs full of control characters (as
/// validation reports them, the renderers still meet them): after the one output-safety layer that
/// the executable puts between every such renderer and the terminal, no raw C0 (but line feed and
/// tab), DEL, C1, ESC or bidi control is left. Keep this list in step with the `isText` formats.
@Suite("Terminal safety of every text renderer")
struct TerminalSafetyTests {
    /// Each terminal-bound renderer, by the command and format that use it.
    static func renderers(_ catalog: Catalog, diagnostics: [Diagnostic], sources: [String: SourceText]) -> [(String, String)] {
        let wide = RenderOptions(terminalWidth: 100, color: false)
        let show = ShowRenderer(catalog: catalog, options: wide)
        let comparison = Comparison(tools: catalog.tools, in: catalog).table
        let stacks = StackComparison(catalog.stacks[0], catalog.stacks[0], in: catalog).table
        let listings: [(String, Table)] = [
            ("list", Listings.tools(catalog.tools, in: catalog)), ("categories", Listings.categories(catalog, indent: true)),
            ("roles", Listings.roles(catalog)), ("relations", Listings.relations(catalog)),
            ("search", Listings.search(Search.run("N", in: catalog))), ("compare", comparison), ("compare stacks", stacks)
        ]
        var out: [(String, String)] = []
        for (name, table) in listings {
            out.append(("\(name) --format table", TextTableFormat().render(table, options: wide)))
            out.append(("\(name) --format markdown", MarkdownTableFormat().render(table, options: .plain)))
        }
        out.append(("compare (wrapped)", WrappedTableFormat().render(comparison, options: wide)))
        out.append(("list --format ids", catalog.tools.map { $0.id + "\n" }.joined()))
        for tool in catalog.tools {
            out.append(("show \(tool.id)", show.text(tool)))
            out.append(("show \(tool.id) --format markdown", show.markdown(tool)))
        }
        for stack in catalog.stacks {
            out.append(("show \(stack.id)", show.text(stack)))
            out.append(("show \(stack.id) --format markdown", show.markdown(stack)))
        }
        out.append(("validate", DiagnosticTextFormat().render(diagnostics, sources: sources)))
        out.append(("validate (colour)", DiagnosticTextFormat(color: true).render(diagnostics, sources: sources)))
        out.append(("validate --format github", GitHubFormat.render(diagnostics)))
        return out
    }

    static func rawControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && scalar != "\t" && (ControlCharacters.isForbidden(scalar, allowTab: true) || scalar == "\u{2028}" || scalar == "\u{2029}")
        }
    }

    @Test(arguments: OutputSafetyPropertyTests.seeds) func noRawControlReachesTheTerminal(seed: UInt64) throws {
        let c = OutputSafetyPropertyTests.randomCatalog(seed: seed)
        let check = CatalogCheck(files: c.files, requireVocabularies: "catalog")
        #expect(check.diagnostics.contains { $0.rule == .controlCharacter } || seed > 1000, "seed \(seed)")
        let sources = Dictionary(uniqueKeysWithValues: c.files.map { ($0.text.path, $0.text) })
        var sawControl = false
        for (name, output) in Self.renderers(check.catalog, diagnostics: check.diagnostics, sources: sources) {
            sawControl = sawControl || !Self.rawControls(in: output).isEmpty
            let safe = TerminalText.safeOutput(output)
            #expect(Self.rawControls(in: safe).isEmpty, "seed \(seed), \(name): \(safe.debugDescription)")
            #expect(!safe.utf8.contains(0x1B), "seed \(seed), \(name)")
        }
        // The layer is needed: some renderer writes what the catalog holds.
        if seed == 1 { #expect(sawControl) }
    }

    @Test func safeOutputKeepsOnlyStackcatsOwnColours() {
        let hostile = "a\u{1B}]52;c;aGk=\u{07}b\u{1B}[2Jc\u{9B}31md\u{202E}e\rf\u{2028}g\t\n"
        #expect(TerminalText.safeOutput(hostile) == "a\u{FFFD}]52;c;aGk=\u{FFFD}b\u{FFFD}[2Jc\u{FFFD}31md\u{FFFD}e\u{FFFD}f\u{FFFD}g\t\n")
        #expect(TerminalText.safeOutput("\u{1B}[1;31merror:\u{1B}[0m", keepingStyles: true) == "\u{1B}[1;31merror:\u{1B}[0m")
        #expect(TerminalText.safeOutput("\u{1B}[2J\u{1B}[1m", keepingStyles: true) == "\u{FFFD}[2J\u{1B}[1m")
        let plain = "plain ASCII, ünïcödé, 日本語, עברית\u{200F}\n"
        #expect(TerminalText.safeOutput(plain) == plain)
    }

    @Test func jsonEscapesEveryControlAndKeepsTheData() throws {
        let text = "a\u{1B}b\u{9B}c\u{202E}d\u{7F}"
        let json = JSONValue.string(text).rendered()
        #expect(json.contains("\\u001b") && json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\u007f"))
        #expect(TerminalSafetyTests.rawControls(in: json).isEmpty)
    }

    @Test func csvShowsControlsAsPictures() {
        #expect(CSVTableFormat.field("a\u{1B}b\u{7}c\u{9B}d") == "a\u{241B}b\u{2407}c\u{FFFD}d")
        #expect(CSVTableFormat.field("a\tb") == "a\tb")
    }
}
