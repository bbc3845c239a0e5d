import Foundation
import Testing

@testable import StackcatRendering

/// Issue 21, family 4: catalog text cannot forge Markdown structure. Each text is escaped as the docs
/// escape it, put where a paragraph starts, and rendered by cmark-gfm: the HTML holds one paragraph
/// and nothing else (no list, heading, code block, quote, rule, link or raw HTML).
@Suite("Markdown escaping keeps catalog text inline")
struct MarkdownStructureTests {
    static let hostile = [
        "1986) x", "2. second", "1. first", "123456789. long", "7)", "  3. indented",
        "    four spaces make code", "\tcode by tab", "# heading", "- item", "+ item", "* item",
        "> quote", "---", "***", "___", "===", "```js", "~~~", "<div>raw</div>", "<script>x</script>",
        "[link](https://example.com)", "![img](x.png)", "https://autolink.example", "a\n# heading\n2. item",
        "a | b | c", "&amp; &copy;", "x\r\n---"
    ]

    @Test(arguments: hostile)
    func escapedTextRendersAsOneParagraph(_ text: String) throws {
        let markdown = "intro\n\n" + Markdown.escapeInline(text) + "\n"
        let html = try ExternalTool.run("cmark-gfm", ["-e", "table", "-e", "autolink", "-e", "strikethrough"], input: markdown).stdout
        let forbidden = [
            "<ol", "<ul", "<li", "<h1", "<h2", "<pre", "<code", "<blockquote", "<hr", "<img", "<div",
            "<script", "<table", "©"
        ]
        for tag in forbidden {
            #expect(!html.contains(tag), "\(text.debugDescription) became \(html.debugDescription)")
        }
        // GFM's autolinks make a bare URL a link to itself; no other link can be made.
        for anchor in html.components(separatedBy: "<a href=\"").dropFirst() {
            let parts = anchor.components(separatedBy: "\">")
            #expect(parts.count >= 2 && parts[1].hasPrefix(parts[0] + "</a>"), "\(text.debugDescription) became \(html.debugDescription)")
        }
        #expect(html.components(separatedBy: "<p>").count == 3, "\(text.debugDescription) became \(html.debugDescription)")
    }

    /// Ordinary text is left as it is: the marker check is about list markers only.
    @Test func textThatIsNoMarkerStaysUnescaped() {
        for text in ["1986 was a year", "3.5 stars", "v1.2) release", "10x faster", "Kubernetes 1.30. Done"] {
            #expect(Markdown.escapeInline(text) == text, "\(text)")
        }
        #expect(Markdown.escapeInline("1986) x") == "1986\\) x")
        #expect(Markdown.escapeInline("2. y") == "2\\. y")
    }

    /// A fenced block's fence is longer than any run of backticks in what it holds, so no line of it
    /// (a tool name with a line break and a fence, say) can close the block early.
    @Test func aFenceOutlastsTheBackticksInside() throws {
        let inside = "name\n```\n# injected heading\n<b>raw</b>\n````\n"
        let block = try #require(MarkdownEmbedding.fenced(language: "text").embed(inside))
        #expect(block.hasPrefix("`````text\n"))
        let html = try ExternalTool.run("cmark-gfm", [], input: block + "\nafter\n").stdout
        #expect(!html.contains("<h1"))
        #expect(!html.contains("<b>"))
        #expect(html.components(separatedBy: "<pre>").count == 2)
        #expect(MarkdownEmbedding.fenced(language: "json").embed("{}\n") == "```json\n{}\n```\n")
    }
}
