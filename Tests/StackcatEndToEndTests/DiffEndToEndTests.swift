import Foundation
import Testing

/// `stackcat diff`, `radar --since` and `site --since` in real git repositories built in temporary
/// directories: commits on two branches, a rename with `git mv` and small edits, a merge.
@Suite("diff", .serialized)
struct DiffEndToEndTests {
    /// A repository whose `catalog/` is the fixture catalog, with this history:
    /// - `first` (main): the fixture;
    /// - `feature`: spinnaker renamed to spinnaker-cd (`git mv`, summary edited, references updated),
    ///   kubernetes' language changed, argo added, and in the demo stack hostile moved assess → trial,
    ///   old-tool left out and argo added in trial;
    /// - main after that: a role added;
    /// - `merged`: main merged into feature.
    struct History {
        let root: URL
        var first = "", feature = "", mainTip = "", merged = ""

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CIIntegrationTests.fixtureCatalog, to: root.appendingPathComponent("catalog"))
            try git("init", "-q", "-b", "main")
            try commit("first")
            first = try git("rev-parse", "HEAD")
            try git("checkout", "-q", "-b", "feature")
            try git("mv", "catalog/tools/spinnaker.yaml", "catalog/tools/spinnaker-cd.yaml")
            try edit("catalog/tools/spinnaker-cd.yaml") {
                $0.replacingOccurrences(
                    of: "summary: Multi-cloud continuous delivery platform.",
                    with: "summary: Multi-cloud continuous delivery, renamed.")
            }
            for file in ["catalog/tools/old-tool.yaml", "catalog/stacks/demo.yaml", "catalog/stacks/later.yaml"] {
                try edit(file) { text in
                    ["target", "tool", "from", "to"].reduce(text) { $0.replacingOccurrences(of: "\($1): spinnaker\n", with: "\($1): spinnaker-cd\n") }
                }
            }
            try edit("catalog/tools/kubernetes.yaml") { $0.replacingOccurrences(of: "language: Go\n", with: "language: Go and C\n") }
            try write(
                "catalog/tools/argo.yaml",
                """
                name: Argo CD
                category: cd
                summary: Declarative GitOps continuous delivery for Kubernetes.
                homepage: https://argoproj.github.io/cd/
                license: Apache-2.0
                hosting: self-hosted
                lifecycle: active
                roles: [continuous-delivery]
                sources: [https://argoproj.github.io/cd/]

                """)
            try edit("catalog/stacks/demo.yaml") { text in
                text.replacingOccurrences(of: "  - tool: hostile\n    ring: assess\n", with: "  - tool: hostile\n    ring: trial\n")
                    .replacingOccurrences(
                        of: "  - tool: old-tool\n    ring: hold\n    role: Set aside.\n",
                        with: "  - tool: argo\n    ring: trial\n    role: Replaces old-tool.\n")
            }
            try commit("feature")
            feature = try git("rev-parse", "HEAD")
            try git("checkout", "-q", "main")
            try edit("catalog/roles.yaml") { $0 + "- id: gitops\n  name: GitOps\n" }
            try commit("a role on main")
            mainTip = try git("rev-parse", "HEAD")
            try git("checkout", "-q", "feature")
            try git("merge", "-q", "--no-edit", "main")
            merged = try git("rev-parse", "HEAD")
        }

        func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let old = try String(contentsOf: path(relative), encoding: .utf8)
            let new = change(old)
            try #require(new != old, "the edit of \(relative) changed nothing")
            try Data(new.utf8).write(to: path(relative))
        }

        func write(_ relative: String, _ text: String) throws { try Data(text.utf8).write(to: path(relative)) }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-q", "-m", message)
        }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let run = try Binary.runProgram(
                "/usr/bin/env", ["git"] + arguments, in: root,
                environment: [
                    "GIT_CONFIG_NOSYSTEM": "1", "HOME": root.path,
                    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
                    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"
                ])
            try #require(run.status == 0, "git \(arguments.joined(separator: " ")): \(run.stderr)")
            return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func stackcat(_ arguments: String...) throws -> Run { try Binary.run(Array(arguments), in: root) }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func textNamesEveryKindOfChange() throws {
        let history = try History()
        defer { history.remove() }
        let run = try history.stackcat("diff", history.first, history.feature)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Tools: 1 added, 1 renamed, 2 changed"), "\(run.stdout)")
        #expect(run.stdout.contains("  + argo  Argo CD\n"))
        #expect(run.stdout.contains("  > spinnaker → spinnaker-cd  Spinnaker ("))
        #expect(run.stdout.contains("      summary: Multi-cloud continuous delivery platform. → Multi-cloud continuous delivery, renamed.\n"))
        #expect(run.stdout.contains("      language: Go → Go and C\n"))
        // The references followed the rename: old-tool's relation is not removed and added.
        #expect(!run.stdout.contains("old-tool  Old tool"), "\(run.stdout)")
        #expect(run.stdout.contains("Stacks: 1 changed"))
        #expect(run.stdout.contains("      + argo in trial: Replaces old-tool.\n"))
        #expect(run.stdout.contains("      - old-tool (was in hold)\n"))
        #expect(run.stdout.contains("      hostile: assess → trial (moved in): Being evaluated"))
        #expect(!run.stdout.contains("spinnaker-cd in adopt"), "a renamed component is not added")
        #expect(!run.stdout.contains("flows:"), "flows follow the rename")
        #expect(!run.stdout.contains("Roles"), "the role came from main, not from this branch")
    }

    @Test func defaultsCompareTheMergeBaseWithTheWorkingTree() throws {
        let history = try History()
        defer { history.remove() }
        try history.git("checkout", "-q", history.feature)
        try history.edit("catalog/tools/kubernetes.yaml") {
            $0.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: Containers, orchestrated.")
        }
        let run = try history.stackcat("diff")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Comparing merge base with main (\(history.first.prefix(7))) with working tree\n"), "\(run.stdout)")
        #expect(run.stdout.contains("summary: Container orchestration. → Containers, orchestrated."))
        #expect(run.stdout.contains("+ argo"))
        #expect(!run.stdout.contains("gitops"), "main's later role is not part of this change")
        // The merge commit against its first parent: only what main brought.
        let merge = try history.stackcat("diff", "\(history.merged)^1", history.merged)
        #expect(merge.stdout.contains("Roles: 1 added\n  + gitops  GitOps\n"), "\(merge.stdout)")
        #expect(!merge.stdout.contains("Tools"))
        let none = try history.stackcat("diff", "--exit-code", history.merged, history.merged)
        #expect(none.status == 0)
        #expect(none.stdout.hasSuffix("No changes.\n"))
        let some = try history.stackcat("diff", "--exit-code", history.first, history.merged)
        #expect(some.status == 1, "--exit-code exits 1 when something changed")
    }

    @Test func markdownIsValidGFM() throws {
        let history = try History()
        defer { history.remove() }
        let run = try history.stackcat("diff", history.first, history.merged, "--format", "markdown")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("## Catalog changes\n"))
        #expect(run.stdout.contains("- renamed `spinnaker` → `spinnaker-cd` Spinnaker"))
        #expect(run.stdout.contains("| hostile moved in | assess | trial: Being evaluated \\| with \"care\". |"), "\(run.stdout)")
        try history.write("diff.md", run.stdout)
        let html = try Binary.runProgram("/usr/bin/env", ["cmark-gfm", "-e", "table", history.path("diff.md").path])
        #expect(html.status == 0)
        let tables = html.stdout.components(separatedBy: "<table>").count - 1
        let markdownTables = run.stdout.components(separatedBy: "\n| --- | --- | --- |\n").count - 1
        #expect(tables == markdownTables && tables > 0)
        for table in html.stdout.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            for row in body.components(separatedBy: "<tr>").dropFirst() {
                #expect(row.components(separatedBy: "<td").count - 1 + row.components(separatedBy: "<th").count - 1 == 3, "\(row)")
            }
        }
        #expect(!html.stdout.contains("raw HTML omitted"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let history = try History()
        defer { history.remove() }
        let run = try history.stackcat("diff", history.first, history.feature, "--format", "json")
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["base", "head", "changed", "settings", "tools", "stacks", "teams", "categories", "roles", "relation-types"])
        #expect(json["changed"] as? Bool == true)
        #expect((json["base"] as? [String: Any])?["commit"] as? String == history.first)
        let tools = try #require(json["tools"] as? [String: [[String: Any]]])
        #expect(tools["added"]?.map { $0["id"] as? String } == ["argo"])
        let rename = try #require(tools["renamed"]?.first)
        #expect(rename["from"] as? String == "spinnaker" && rename["to"] as? String == "spinnaker-cd" && rename["reason"] as? String == "content")
        let kubernetes = try #require(tools["changed"]?.first { $0["id"] as? String == "kubernetes" })
        let facts = try #require(kubernetes["facts"] as? [[String: Any]])
        #expect(facts.count == 1 && facts[0]["key"] as? String == "language" && facts[0]["old"] as? String == "Go" && facts[0]["new"] as? String == "Go and C")
        let stacks = try #require(json["stacks"] as? [String: [[String: Any]]])
        let demo = try #require(stacks["changed"]?.first { $0["id"] as? String == "demo" })
        let moves = try #require(demo["moves"] as? [[String: Any]])
        #expect(
            moves.count == 1 && moves[0]["id"] as? String == "hostile" && moves[0]["from"] as? String == "assess"
                && moves[0]["to"] as? String == "trial" && moves[0]["direction"] as? String == "in")
        #expect((demo["components-added"] as? [[String: Any]])?.map { $0["id"] as? String } == ["argo"])
        #expect((demo["components-removed"] as? [[String: Any]])?.map { $0["id"] as? String } == ["old-tool"])
    }

    @Test func aSideWithErrorsIsReportedAndStillCompared() throws {
        let history = try History()
        defer { history.remove() }
        try history.git("checkout", "-q", history.feature)
        try history.edit("catalog/tools/argo.yaml") { $0.replacingOccurrences(of: "category: cd\n", with: "category: nowhere\n") }
        let run = try history.stackcat("diff", history.first)
        #expect(run.status == 0)
        #expect(run.stdout.contains("working tree does not validate (1 error)"), "\(run.stdout)")
        #expect(run.stdout.contains("catalog/tools/argo.yaml:2:11: error:"), "\(run.stdout)")
        #expect(run.stdout.contains("+ argo  Argo CD"))
    }

    @Test func errorsSayWhatToDo() throws {
        let history = try History()
        defer { history.remove() }
        let missing = try history.stackcat("diff", "no-such-branch", "HEAD")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("stackcat: error: unknown revision 'no-such-branch' in the repository at "), "\(missing.stderr)")
        #expect(missing.stderr.contains("git log --oneline"))
        #expect(missing.stdout.isEmpty)
        let option = try history.stackcat("diff", "--format", "yaml")
        #expect(option.status == 64)

        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plain) }
        try FileManager.default.copyItem(at: CIIntegrationTests.fixtureCatalog, to: plain.appendingPathComponent("catalog"))
        let outside = try Binary.run(["diff", "HEAD"], in: plain, environment: ["GIT_CEILING_DIRECTORIES": plain.deletingLastPathComponent().path])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("is not in a git repository: run this inside a clone, or compare two catalog directories"), "\(outside.stderr)")
        // Two directories need no git at all.
        let directories = try Binary.run(["diff", "catalog", history.path("catalog").path], in: plain, environment: ["PATH": "/nonexistent"])
        #expect(directories.status == 0, "\(directories.stderr)")
        #expect(directories.stdout.contains("+ argo"))
        let noGit = try Binary.run(["diff", "HEAD"], in: history.root, environment: ["PATH": "/nonexistent"])
        #expect(noGit.status == 1)
        #expect(noGit.stderr.contains("'git' is not on $PATH: install git"))
    }

    @Test func radarsMarkWhatMovedSinceARevision() throws {
        let history = try History()
        defer { history.remove() }
        let csv = try history.stackcat("radar", "--stack", "demo", "--since", history.first, "--format", "csv")
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows[0] == "name,ring,quadrant,isNew,status,description")
        func row(_ name: String) -> String? { rows.first { $0.hasPrefix(name + ",") || $0.hasPrefix("\"" + name) } }
        #expect(row("Argo CD")?.contains(",trial,") == true && row("Argo CD")?.contains(",TRUE,New,") == true, "\(csv.stdout)")
        #expect(row("\"Hostile")?.contains(",FALSE,Moved In,") == true || rows.contains { $0.contains("FALSE,Moved In,") }, "\(csv.stdout)")
        #expect(row("Kubernetes")?.contains(",FALSE,No Change,") == true)
        // spinnaker-cd was spinnaker at that revision: followed by id it is new there, as the stack file says.
        let json = try history.stackcat("radar", "--stack", "demo", "--since", history.first, "--format", "json")
        let config = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(config["entries"] as? [[String: Any]])
        let moved = Dictionary(entries.map { ($0["label"] as! String, $0["moved"] as! Int) }, uniquingKeysWith: { a, _ in a })
        #expect(moved["Argo CD"] == 2 && moved["Kubernetes"] == 0, "\(moved)")
        #expect(moved.values.contains(1))
        let svg = try history.stackcat("radar", "--stack", "demo", "--since", history.first)
        #expect(svg.stdout.contains("new since \(history.first)"), "\(svg.stdout.prefix(400))")
        #expect(svg.stdout.contains("moved in since \(history.first)"))
        // Back again: hostile moved out, relative to the feature branch.
        try history.git("checkout", "-q", history.first)
        let back = try history.stackcat("radar", "--stack", "demo", "--since", history.feature, "--format", "json")
        #expect(back.stdout.contains("\"moved\": -1"))
        let missing = try history.stackcat("radar", "--stack", "demo", "--since", "nope")
        #expect(missing.status == 1 && missing.stderr.contains("unknown revision 'nope'"))
        let both = try history.stackcat("radar", "--stack", "demo", "--since", "HEAD", "--baseline", "later")
        #expect(both.status == 64)
    }

    @Test func siteSinceMarksEachStackRadar() throws {
        let history = try History()
        defer { history.remove() }
        let out = history.path("site").path
        let run = try history.stackcat("site", "--out", out, "--since", history.first)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: out + "/stacks/demo.html", encoding: .utf8)
        #expect(page.contains("new since \(history.first)"))
    }
}
