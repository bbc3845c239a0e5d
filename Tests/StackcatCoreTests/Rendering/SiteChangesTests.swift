import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering

/// The site's Changes page, rendered from in-memory diffs (`CatalogDiffFixture`): what it links,
/// how it treats a hostile commit subject, and that it is there only when asked for.
@Suite("site: changes page")
struct SiteChangesTests {
    func files(_ catalog: Catalog, changes: SiteChanges?) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SiteFiles(catalog: catalog, drawing: nil, changes: changes).all().map { ($0.path, $0.contents) })
    }

    @Test func theDiffLinksToThePagesTheSiteHas() throws {
        let new = CatalogDiffFixture.new.check().catalog
        let diff = try CatalogDiffTests.diff()
        let site = files(new, changes: SiteChanges(since: diff))
        let page = try #require(site["changes.html"])
        #expect(page.hasPrefix(SiteGenerator.marker + "\n"))
        // Added, renamed and changed entries of every kind link to their pages; removed ones are text.
        #expect(page.contains("<span class=\"change change-added\">added</span> <a href=\"tools/argo.html\">Argo CD</a> <code>argo</code>"))
        #expect(page.contains("<span class=\"change change-removed\">removed</span> Jenkins <code>jenkins</code>"))
        #expect(page.contains("<code>flux</code> → <a href=\"tools/fluxcd.html\">Flux</a> <code>fluxcd</code> (the alias became the id)"))
        for href in [
            "stacks/platform-2019.html", "teams/team-bee.html", "categories/operations.html", "index.html#role=continuous-integration",
            "relations/supersedes.html", "stacks/demo.html", "teams/team-a.html"
        ] {
            #expect(page.contains("href=\"\(href)\""), "\(href)")
        }
        #expect(
            page.contains(
                "<tr><th scope=\"row\">moved in <a href=\"tools/kubernetes.html\">Kubernetes</a></th><td>trial</td>"
                    + "<td>adopt: Proven in production for a year.</td></tr>"))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">note of relation integrates-with <a href=\"tools/spinnaker-cd.html\">Spinnaker</a></th>"
                    + "<td>Through the V2 provider.</td><td>Through the Kubernetes provider V2.</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">component name API gateway (in-house)</th><td>Gateway</td><td>API gateway</td></tr>"))
        #expect(page.contains("<h3>Settings</h3>"))
        // Every page's navigation has the Changes page, from its own folder.
        #expect(try #require(site["index.html"]).contains("<li><a href=\"changes.html\">Changes</a></li>"))
        #expect(try #require(site["tools/argo.html"]).contains("<li><a href=\"../changes.html\">Changes</a></li>"))
        #expect(files(new, changes: SiteChanges(since: diff)) == site, "the same diff, the same bytes")
    }

    @Test func withoutChangesThereIsNoPageAndNoLink() throws {
        let site = files(CatalogDiffFixture.new.check().catalog, changes: nil)
        #expect(site["changes.html"] == nil)
        #expect(!site.values.contains { $0.contains("changes.html") })
    }

    @Test func commitSubjectsAreEscapedAndCut() throws {
        let catalog = CatalogDiffFixture.new.check().catalog
        let hostile = "<img src=x onerror=alert(1)>\u{1B}[31m\u{202E}evil\u{2028}next\tline " + String(repeating: "é", count: 300)
        #expect(SiteChanges.subjectLine(hostile).hasPrefix("<img src=x onerror=alert(1)> [31m evil next line éé"))
        #expect(SiteChanges.subjectLine(hostile).count == SiteChanges.subjectLimit)
        #expect(SiteChanges.subjectLine("  plain  subject ") == "plain subject")
        let empty = CatalogDiff(from: catalog, to: catalog)
        let revision = SiteChanges.Revision(commit: String(repeating: "a", count: 40), date: "2026-12-01T10:00:00+09:00", subject: hostile, diff: empty)
        let page = try #require(files(catalog, changes: SiteChanges(history: [revision], historyLimit: 3))["changes.html"])
        #expect(page.contains("<span class=\"subject\">&lt;img src=x onerror=alert(1)&gt; [31m evil next line é"))
        #expect(!page.contains("<img") && !page.contains("\u{1B}") && !page.contains("\u{202E}"))
        #expect(page.contains("<time datetime=\"2026-12-01T10:00:00+09:00\">2026-12-01</time>"))
        #expect(page.contains("<summary>no change to the catalog&#39;s entries</summary>"))
        #expect(page.contains("The 1 revision that touched the catalog (of the 3 asked for)"))
    }

    @Test func aTimelineRevisionCutsLongLists() throws {
        let catalog = CatalogDiffFixture.new.check().catalog
        let empty = Catalog(categories: [], roles: [], relationTypes: [], tools: [], stacks: [], fileCount: 0)
        var many = CatalogDiff(from: empty, to: catalog)
        var tools = many.sections[0]
        tools.added = (0..<40).map { CatalogDiff.Entry(id: "tool-\($0)", name: "Tool \($0)") }
        many.sections[0] = tools
        let revision = SiteChanges.Revision(commit: String(repeating: "b", count: 40), date: "2026-12-01T10:00:00Z", subject: "Import", diff: many)
        let page = try #require(files(catalog, changes: SiteChanges(since: many, history: [revision], historyLimit: 1))["changes.html"])
        let timeline = try #require(page.components(separatedBy: "<ol class=\"timeline\">").dropFirst().first)
        #expect(timeline.components(separatedBy: "change-added").count - 1 <= SiteGenerator.timelineListLimit * many.sections.count)
        #expect(timeline.contains("<p class=\"more\">and 15 more (stackcat diff lists them all)</p>"))
        let since = try #require(page.components(separatedBy: "<ol class=\"timeline\">").first)
        #expect(since.contains("Tool 39"), "the diff since a revision lists everything")
    }

    @Test func aSideWithErrorsIsNamedWithThem() throws {
        let broken = CatalogDiffFixture.old.with("tools/jenkins.yaml", "name: Jenkins\ncategory: nowhere\n").check()
        #expect(broken.errorCount > 0)
        let catalog = CatalogDiffFixture.new.check().catalog
        let base = CatalogDiff.Side(
            label: "v1", commit: String(repeating: "c", count: 40),
            errors: broken.diagnostics.filter { $0.severity == .error }, errorCount: broken.errorCount)
        let page = try #require(files(catalog, changes: SiteChanges(since: CatalogDiff(from: broken.catalog, to: catalog, base: base)))["changes.html"])
        #expect(
            page.contains(
                "<div class=\"warning\" role=\"note\">\n<p><code>v1 (ccccccc)</code> does not validate (\(broken.errorCount) errors); "
                    + "what could be read is compared.</p>"), "\(page)")
        #expect(page.contains("<li><code>catalog/tools/jenkins.yaml:"))
    }

    @Test func longValuesAreShownWhereTheyDiffer() {
        let prefix = String(repeating: "All the same words. ", count: 10)
        let (old, new) = CatalogDiff.briefs(prefix + "Old ending.", prefix + "New ending.")
        #expect(old != new)
        #expect(old.hasPrefix("…") && old.contains("Old ending.") && new.contains("New ending."))
        #expect(CatalogDiff.briefs("short", "other") == ("short", "other"))
        #expect(CatalogDiff.briefs(nil, "x") == ("(none)", "x"))
    }
}
