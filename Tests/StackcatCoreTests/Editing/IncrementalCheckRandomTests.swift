import StackcatLoading
import StackcatModel
import StackcatValidation
import Testing

@testable import StackcatEditing

/// Random edit sequences on the built-in catalog: after every edit, the editor's check (which checks
/// again only the tools whose file changed, unless the ids or vocabularies changed) reports exactly
/// what a full `CatalogCheck` of the same files reports.
@Suite("The editor's check stays validate's over random edits")
struct IncrementalCheckRandomTests {
    /// One edit of the files, chosen at random among edits of a tool's facts and relations, of the
    /// vocabularies, of a stack, and files added, removed, broken and restored.
    static func edit(_ files: inout [CatalogFile], original: [CatalogFile], random: inout SeededGenerator) -> String {
        let toolIndices = files.indices.filter { files[$0].relativePath.hasPrefix("tools/") }
        let toolIDs = toolIndices.map { String(files[$0].relativePath.dropFirst(6).dropLast(5)) }
        func text(_ index: Int) -> String { String(decoding: files[index].text.bytes, as: UTF8.self) }
        func set(_ index: Int, _ contents: String) {
            files[index] = CatalogFile(relativePath: files[index].relativePath, displayPath: files[index].text.path, contents: contents)
        }
        func replaceLine(_ index: Int, prefix: String, with line: String) {
            var lines = text(index).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let at = lines.firstIndex(where: { $0.hasPrefix(prefix) }) { lines[at] = line } else { lines.insert(line, at: 0) }
            set(index, lines.joined(separator: "\n"))
        }
        let tool = toolIndices.randomElement(using: &random)!
        let other = toolIDs.randomElement(using: &random)!
        switch Int.random(in: 0..<13, using: &random) {
        case 0:
            replaceLine(tool, prefix: "category:", with: "category: \(["cd", "cdx", "observability", "nowhere"].randomElement(using: &random)!)")
            return "category of \(files[tool].relativePath)"
        case 1:
            let type = ["alternative-to", "uses", "integrates-with", "superseded-by", "relation-x"].randomElement(using: &random)!
            let relation = "\nrelations:\n  - type: \(type)\n    target: \(other)\n"
            let current = text(tool)
            set(tool, current.contains("\nrelations:\n") ? current.replacing("\nrelations:\n", with: relation, maxReplacements: 1) : current + relation)
            return "relation \(type) to \(other) in \(files[tool].relativePath)"
        case 2:
            replaceLine(tool, prefix: "aliases:", with: "aliases: [\(other)]")
            return "alias \(other) in \(files[tool].relativePath)"
        case 3:
            replaceLine(tool, prefix: "sources:", with: "sources: []")
            return "no sources in \(files[tool].relativePath)"
        case 4:
            let lifecycle = ["active", "superseded", "archived", "deprecated"].randomElement(using: &random)!
            replaceLine(tool, prefix: "lifecycle:", with: "lifecycle: \(lifecycle)\nlifecycle_since: 2015-01-01")
            return "lifecycle \(lifecycle) in \(files[tool].relativePath)"
        case 5:
            set(tool, "# replace: one line\n" + text(tool))
            return "a placeholder marker in \(files[tool].relativePath)"
        case 6:
            set(tool, text(tool) + "\nname: [unclosed\n")
            return "broken YAML in \(files[tool].relativePath)"
        case 7:
            let vocabulary = files.indices.filter { !files[$0].relativePath.contains("/") }.randomElement(using: &random)!
            let lines = text(vocabulary).split(separator: "\n", omittingEmptySubsequences: false)
            let ids = lines.indices.filter { lines[$0].hasPrefix("- id: ") || lines[$0].hasPrefix("  - id: ") }
            guard let line = ids.randomElement(using: &random) else { return "nothing" }
            var edited = lines.map(String.init)
            edited[line] += "-renamed"
            set(vocabulary, edited.joined(separator: "\n"))
            return "an id renamed in \(files[vocabulary].relativePath)"
        case 8:
            files.remove(at: tool)
            return "removed a tool"
        case 9:
            let name = "tools/added-\(random.next() % 1000).yaml"
            files.removeAll { $0.relativePath == name }
            let source = text(tool).replacing("lifecycle: active", with: "lifecycle: active\naliases: [\(other)]")
            files.append(CatalogFile(relativePath: name, displayPath: "catalog/" + name, contents: source))
            return "added \(name)"
        case 10:
            let stack = files.indices.filter { files[$0].relativePath.hasPrefix("stacks/") }.randomElement(using: &random)!
            set(stack, text(stack).replacing("- tool: ", with: "- tool: x", maxReplacements: 1))
            return "a component renamed in \(files[stack].relativePath)"
        default:
            // Back to the original files, one at a time, so that the check is sometimes clean again.
            let path = files[tool].relativePath
            if let before = original.first(where: { $0.relativePath == path }) { files[tool] = before }
            return "restored \(path)"
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5]) func incrementalEqualsFullCheck(seed: UInt64) throws {
        let original = try Repository.catalogFiles()
        var files = original
        var random = SeededGenerator(state: seed)
        var incremental = IncrementalCheck()
        var reported = 0
        for step in 0..<10 {
            let what = Self.edit(&files, original: original, random: &random)
            let diagnostics = incremental.check(files, readProblems: []).diagnostics
            let full = CatalogCheck(files: files).diagnostics
            #expect(diagnostics == full, "seed \(seed), step \(step): \(what)")
            reported += full.count
        }
        // The edits break things: the comparison is not of two empty lists.
        #expect(reported > 0)
    }

    /// After an edit of one tool's facts, only that tool is checked again.
    @Test func onlyTheEditedToolIsCheckedAgain() throws {
        var files = try Repository.catalogFiles()
        var incremental = IncrementalCheck()
        _ = incremental.check(files, readProblems: [])
        #expect(incremental.toolsChecked == files.count { $0.relativePath.hasPrefix("tools/") })
        let index = try #require(files.firstIndex { $0.relativePath == "tools/spinnaker.yaml" })
        let text = String(decoding: files[index].text.bytes, as: UTF8.self)
        #expect(text.contains("category: cd\n"))
        files[index] = CatalogFile(
            relativePath: files[index].relativePath, displayPath: files[index].text.path, contents: text.replacing("category: cd\n", with: "category: cdx\n"))
        let after = incremental.check(files, readProblems: [])
        #expect(incremental.toolsChecked == 1)
        #expect(after.diagnostics.contains { $0.rule == .unknownReference })
        #expect(after.diagnostics == CatalogCheck(files: files).diagnostics)
    }
}
