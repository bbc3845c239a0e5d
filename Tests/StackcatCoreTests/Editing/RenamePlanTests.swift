import StackcatLoading
import StackcatModel
import StackcatValidation
import Testing

@testable import StackcatEditing

@Suite("Rename: only the id's bytes change")
struct RenamePlanTests {
    typealias F = CatalogIndexTests

    static func applied(_ plan: RenamePlan, _ files: [CatalogFile]) -> [String: String] {
        var out: [String: String] = [:]
        for file in files { out[file.relativePath] = String(decoding: plan.apply(to: file.text.bytes, path: file.relativePath), as: UTF8.self) }
        return out
    }

    @Test func aToolRenameEditsEveryReferenceAndRenamesTheFile() throws {
        let files = F.files
        let plan = try RenamePlan.make(kind: nil, old: "kubernetes", new: "k8s", files: files, index: CatalogIndex(files: files))
        #expect(plan.kind == .tool)
        #expect(plan.fileRename?.from == "tools/kubernetes.yaml" && plan.fileRename?.to == "tools/k8s.yaml")
        let out = Self.applied(plan, files)
        #expect(out["tools/kubernetes.yaml"] == "id: k8s\nname: Kubernetes\ncategory: cd\n")
        #expect(out["tools/spinnaker.yaml"]!.contains("    target: \"k8s\"\n"))
        #expect(plan.editedPaths == ["tools/kubernetes.yaml", "tools/spinnaker.yaml"])
    }

    @Test func refusals() {
        let files = F.files
        let index = CatalogIndex(files: files)
        func message(_ kind: IDKind?, _ old: String, _ new: String, keep: Bool = false) -> String? {
            do {
                _ = try RenamePlan.make(kind: kind, old: old, new: new, files: files, index: index, keepAlias: keep)
                return nil
            } catch { return error.message }
        }
        #expect(message(nil, "canary-release", "canary")?.contains("--kind tool|role") == true)
        #expect(message(.category, "cd", "delivery")?.contains("already exists") == true)
        #expect(message(.category, "cd", "Delivery Ops")?.contains("not a valid id") == true)
        #expect(message(.category, "nope", "x")?.contains("there is no category 'nope'") == true)
        #expect(message(.tool, "kubernetes", "canary-release")?.contains("already exists") == true)
        #expect(message(.role, "canary-release", "canary", keep: true)?.contains("only tools have aliases") == true)
    }

    @Test(arguments: [
        ("name: K\naliases: [kube]\ntags: [a]\n", "name: K\naliases: [kube, kubernetes]\ntags: [a]\n"),
        ("name: K\naliases: []\n", "name: K\naliases: [kubernetes]\n"),
        ("name: K\naliases:\n  - kube # short\ntags: [a]\n", "name: K\naliases:\n  - kube # short\n  - kubernetes\ntags: [a]\n"),
        ("name: K\r\ntags: [a]\r\n", "name: K\r\naliases: [kubernetes]\r\ntags: [a]\r\n"),
        ("name: K", "name: K\naliases: [kubernetes]\n")
    ])
    func keepingTheOldIdAsAnAlias(_ before: String, _ after: String) throws {
        var files = F.files.filter { $0.relativePath != "tools/kubernetes.yaml" }
        files.append(F.file("tools/kubernetes.yaml", before))
        let plan = try RenamePlan.make(kind: .tool, old: "kubernetes", new: "k8s", files: files, index: CatalogIndex(files: files), keepAlias: true)
        #expect(Self.applied(plan, files)["tools/kubernetes.yaml"] == after)
    }

    /// Every tool of the built-in catalog renamed in turn: each file differs from the original only
    /// where the old id was, byte for byte, and the renamed catalog checks as cleanly as before.
    @Test func theBuiltInCatalogKeepsEveryOtherByte() throws {
        let files = try Repository.catalogFiles()
        let index = CatalogIndex(files: files)
        let ids =
            ["spinnaker", "kubernetes", "istio"].filter { index.isDeclared(.tool, $0) }
            + ["cd"].filter { index.isDeclared(.category, $0) }
        #expect(ids.count == 4)
        for old in ids {
            let new = old + "-renamed"
            let plan = try RenamePlan.make(kind: old == "cd" ? .category : .tool, old: old, new: new, files: files, index: index)
            #expect(!plan.edits.isEmpty)
            var renamed: [CatalogFile] = []
            for file in files {
                let after = plan.apply(to: file.text.bytes, path: file.relativePath)
                // Undoing the edits gives the original bytes back: nothing else moved.
                let oldBytes = Array(old.utf8)
                let newBytes = Array(new.utf8)
                var starts: [Int] = []
                var shift = 0
                for edit in plan.edits[file.relativePath] ?? [] {
                    #expect(Array(file.text.bytes[edit.bytes]) == oldBytes)
                    starts.append(edit.bytes.lowerBound + shift)
                    shift += newBytes.count - oldBytes.count
                }
                var undone = after
                for start in starts.reversed() {
                    #expect(Array(undone[start..<start + newBytes.count]) == newBytes)
                    undone.replaceSubrange(start..<start + newBytes.count, with: oldBytes)
                }
                #expect(undone == file.text.bytes, "\(file.relativePath)")
                var path = file.relativePath
                if let rename = plan.fileRename, rename.from == path { path = rename.to }
                renamed.append(CatalogFile(relativePath: path, text: SourceText(path: "catalog/" + path, bytes: after)))
            }
            let before = CatalogCheck(files: files).diagnostics.map(\.code)
            let after = CatalogCheck(files: renamed).diagnostics.map(\.code)
            #expect(after == before, "renaming \(old)")
            #expect(!CatalogIndex(files: renamed).isDeclared(old == "cd" ? .category : .tool, old))
        }
    }
}
