import Foundation
import Testing

/// `site --since REV` and `site --history N`: the Changes page, in the git repository of
/// `DiffEndToEndTests.History` (a rename, a ring move, commits on two branches and a merge).
@Suite("site changes", .serialized)
struct SiteChangesEndToEndTests {
    /// Every relative link of a page resolves to a file of the site.
    static func brokenLinks(in page: String, at path: String, site: URL) -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        return page.components(separatedBy: "href=\"").dropFirst().compactMap { rest -> String? in
            let link = String(rest.prefix { $0 != "\"" }).components(separatedBy: "#")[0]
            guard !link.isEmpty, !link.contains(":") else { return nil }
            let target = site.appendingPathComponent(directory).appendingPathComponent(link).standardizedFileURL.path
            return FileManager.default.fileExists(atPath: target) ? nil : link
        }
    }

    @Test func sinceAndHistoryWriteAChangesPage() throws {
        let history = try DiffEndToEndTests.History()
        defer { history.remove() }
        // A hostile subject: markup, a control character and far more than a line.
        try history.edit("catalog/tools/kubernetes.yaml") { $0.replacingOccurrences(of: "language: Go and C\n", with: "language: Go\n") }
        try history.commit("<script>alert(1)</script> \u{1B}[31mred " + String(repeating: "long ", count: 100))
        let site = history.path("site")
        let run = try history.stackcat("site", "--out", site.path, "--since", history.first, "--history", "10")
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("changes.html"), encoding: .utf8)
        #expect(Self.brokenLinks(in: page, at: "changes.html", site: site) == [])
        // Since the first commit: the rename links to the renamed tool's page, the ring move to its tool.
        #expect(page.contains("<code>spinnaker</code> → <a href=\"tools/spinnaker-cd.html\">"), "\(page)")
        #expect(page.contains("<a href=\"tools/argo.html\">Argo CD</a>"))
        #expect(page.contains("moved in <a href=\"tools/hostile.html\">"))
        #expect(page.contains("<a href=\"index.html#role=gitops\">GitOps</a>"))
        // The timeline: the hostile commit, the merge, main's role, the feature and the first commit.
        let revisions = page.components(separatedBy: "<li id=\"r-").count - 1
        #expect(revisions == 5, "\(page)")
        #expect(page.contains("The 5 revisions that touched the catalog (of the 10 asked for)"))
        #expect(page.contains("Merge branch &#39;main&#39; into feature"), "\(page)")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; [31mred long"))
        #expect(!page.contains("<script>alert") && !page.contains("\u{1B}"))
        let subject = try #require(page.components(separatedBy: "<span class=\"subject\">").dropFirst().first?.components(separatedBy: "</span>").first)
        #expect(subject.hasSuffix("…") && subject.count < 160, "\(subject)")
        #expect(page.contains("tools: 4 added; stacks: 2 added"), "the first commit against no catalog")
        // Every page links to the Changes page, from its own folder.
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8).contains("<a href=\"changes.html\">Changes</a>"))
        #expect(try String(contentsOf: site.appendingPathComponent("tools/argo.html"), encoding: .utf8).contains("<a href=\"../changes.html\">Changes</a>"))

        // The same history gives the same bytes.
        let check = try history.stackcat("site", "--out", site.path, "--since", history.first, "--history", "10", "--check")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Without either option the page and its link go.
        let plain = try history.stackcat("site", "--out", site.path)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("changes.html").path))
        #expect(!(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)).contains("changes.html"))
    }

    @Test func historyAloneListsTheLastRevisions() throws {
        let history = try DiffEndToEndTests.History()
        defer { history.remove() }
        let site = history.path("site")
        let run = try history.stackcat("site", "--out", site.path, "--history", "2")
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("changes.html"), encoding: .utf8)
        #expect(!page.contains("id=\"since\""))
        #expect(page.components(separatedBy: "<li id=\"r-").count - 1 == 2)
        #expect(page.contains("The last 2 revisions that touched the catalog"))
        #expect(page.contains("<li id=\"r-\(history.merged.prefix(12))\">"), "the merge, newest first")
        #expect(Self.brokenLinks(in: page, at: "changes.html", site: site) == [])
    }

    @Test func badRevisionsAndNonRepositoriesAreClearErrors() throws {
        let history = try DiffEndToEndTests.History()
        defer { history.remove() }
        let site = history.path("site")
        let missing = try history.stackcat("site", "--out", site.path, "--since", "no-such-rev")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("stackcat: error: unknown revision 'no-such-rev'"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.path), "nothing written")
        let zero = try history.stackcat("site", "--out", site.path, "--history", "0")
        #expect(zero.status == 64)

        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plain) }
        try FileManager.default.copyItem(at: CIIntegrationTests.fixtureCatalog, to: plain.appendingPathComponent("catalog"))
        let outside = try Binary.run(
            ["site", "--out", "site", "--history", "3"], in: plain,
            environment: ["GIT_CEILING_DIRECTORIES": plain.deletingLastPathComponent().path])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("is not in a git repository: run this inside a clone, or leave out --since and --history"), "\(outside.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("site").path))
        let radar = try Binary.run(
            ["radar", "--stack", "demo", "--since", "HEAD"], in: plain,
            environment: ["GIT_CEILING_DIRECTORIES": plain.deletingLastPathComponent().path])
        #expect(radar.status == 1)
        #expect(radar.stderr.contains("is not in a git repository: run this inside a clone, or leave out --since\n"), "\(radar.stderr)")
    }
}
