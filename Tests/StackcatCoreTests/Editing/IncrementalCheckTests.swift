import StackcatLoading
import StackcatModel
import StackcatValidation
import Testing

@testable import StackcatEditing

@Suite("The editor's check is validate's")
struct IncrementalCheckTests {
    /// The built-in catalog with mistakes in a tool and a stack: the same diagnostics as
    /// `CatalogCheck`, before and after one file changes (and only that file is read again).
    @Test func sameDiagnosticsAsCatalogCheckBeforeAndAfterAChange() throws {
        var files = try Repository.catalogFiles()
        func replace(_ path: String, _ old: String, _ new: String) throws {
            let index = try #require(files.firstIndex { $0.relativePath == path })
            let text = String(decoding: files[index].text.bytes, as: UTF8.self)
            #expect(text.contains(old))
            files[index] = CatalogFile(relativePath: path, displayPath: files[index].text.path, contents: text.replacing(old, with: new))
        }
        try replace("tools/spinnaker.yaml", "category: cd\n", "category: cdx\n")
        var incremental = IncrementalCheck()
        let first = incremental.check(files, readProblems: [])
        #expect(first.diagnostics == CatalogCheck(files: files).diagnostics)
        #expect(first.diagnostics.contains { $0.code == "unknown-reference" })
        try replace("tools/spinnaker.yaml", "lifecycle: active\n", "lifecycle: archived\nlifecycle_since: 2015-06-01\n")
        let second = incremental.check(files, readProblems: [])
        #expect(second.diagnostics == CatalogCheck(files: files).diagnostics)
        #expect(second.diagnostics.contains { $0.code == "lifecycle-in-adopt" && $0.location?.path.contains("stacks/") == true })
        #expect(second.catalog.tools.count == first.catalog.tools.count)
    }
}
