import Testing

@testable import StackcatEditing

@Suite("Which key the cursor is completing")
struct CompletionContextTests {
    /// The context at the `|` in `text` (the marker is removed).
    static func context(_ text: String) -> CompletionContext {
        let marked = Array(text.utf8)
        let at = marked.firstIndex(of: UInt8(ascii: "|"))!
        var bytes = marked
        bytes.remove(at: at)
        return CompletionContext(bytes: bytes, lines: LineIndex(bytes), offset: at)
    }

    @Test(arguments: [
        ("category: c|d\n", "category", "c"),
        ("roles: [continuous-delivery, can|]\n", "roles", "can"),
        ("roles:\n  - canary-release\n  - pipe|\n", "roles", "pipe"),
        ("roles:\n- a\n- |\n", "roles", ""),
        ("relations:\n  - type: deploys-to\n    target: kub|\n", "target", "kub"),
        ("relations:\n  - type: dep|\n", "type", "dep"),
        ("components:\n  - tool: spin|\n    ring: adopt\n", "tool", "spin"),
        ("components:\n  - tool: spinnaker\n    ring: |\n", "ring", ""),
        ("license: Apache-2|\n", "license", "Apache-2"),
        ("name: Spinnaker\n# a comment: here\n|", nil as String?, "")
    ])
    func keyAndWord(_ text: String, _ key: String?, _ word: String) {
        let context = Self.context(text)
        #expect(context.key == key, "\(text)")
        #expect(context.word == word, "\(text)")
    }

    @Test func aBareNewItemIsOneForSnippets() {
        let context = Self.context("relations:\n  - |\n")
        #expect(context.key == "relations")
        #expect(context.isNewItem)
        #expect(context.itemIndent == 2)
        #expect(!Self.context("relations:\n  - type: x|\n").isNewItem)
    }
}
