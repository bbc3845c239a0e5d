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

/// What the site shows of teams, radars and the overview, on the fixture catalogs.
@Suite("site: teams, radar, overview")
struct SiteTeamsTests {
    func files(_ catalog: Catalog) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SiteFiles(catalog: catalog, drawing: nil).all().map { ($0.path, $0.contents) })
    }

    @Test func aPagePerTeamLinkedFromToolsStacksAndTheIndex() throws {
        let site = files(try InHouseCatalog.load())
        #expect(
            site.keys.filter { $0.hasPrefix("teams/") }.sorted()
                == ["teams/team-checkout.html", "teams/team-payments.html", "teams/team-platform.html"])
        let tool = try #require(site["tools/checkout-api.html"])
        #expect(tool.contains("<div><dt>Owner</dt><dd><a href=\"../teams/team-checkout.html\">Checkout team</a></dd></div>"))

        let checkout = try #require(site["teams/team-checkout.html"])
        // Without a logo, the team's initials stand beside its name.
        #expect(
            checkout.contains("<div class=\"page-title\"><span class=\"initials page-initials\" aria-hidden=\"true\">CT</span><h1>Checkout team</h1></div>"))
        #expect(checkout.contains("<p class=\"lead\">Owns the checkout flow, from basket to order.</p>"))
        #expect(checkout.contains("<dd><a href=\"mailto:checkout@example.com\">checkout@example.com</a></dd>"))
        #expect(checkout.contains("<h2 id=\"tools\">Tools (2)</h2>"))
        #expect(checkout.contains("<h3 class=\"card-title\"><a href=\"../tools/checkout-api.html\">Checkout API</a></h3>"))
        // An inline in-house component whose name says so already is not marked again.
        #expect(
            checkout.contains(
                "<tr><td><a href=\"../stacks/shop.html\">Shop platform</a></td><td>Legacy monolith (in-house, PHP)</td>"
                    + "<td><span class=\"ring ring-hold\">hold</span></td><td></td><td>What checkout is being carved out of.</td></tr>"))
        let platform = try #require(site["teams/team-platform.html"])
        #expect(
            platform.contains(
                "<td><a href=\"../tools/datadog.html\">Datadog</a></td><td><span class=\"ring ring-trial\">trial</span></td>"
                    + "<td><time datetime=\"2023-02-01\">2023-02-01</time></td>"))
        #expect(try #require(site["teams/team-payments.html"]).contains("<a href=\"https://chat.example.com/channels/payments\">"))

        let stack = try #require(site["stacks/shop.html"])
        #expect(stack.contains("<th scope=\"col\">Owner</th><th scope=\"col\">Reviewed</th>"))
        #expect(
            stack.contains(
                "<td><a href=\"../tools/kubernetes.html\">Kubernetes</a></td><td><a href=\"../categories/orchestration.html\">Orchestration</a></td>"
                    + "<td></td><td><a href=\"../teams/team-platform.html\">Platform team</a></td><td><time datetime=\"2025-12-01\">2025-12-01</time></td></tr>"
            ))
        #expect(stack.contains("<td>Legacy monolith (in-house, PHP)</td>"))

        let index = try #require(site["index.html"])
        #expect(index.contains("<select id=\"f-owner\" name=\"owner\">"))
        #expect(index.contains("<option value=\"team-checkout\">Checkout team (2)</option>"))
        #expect(site["search.js"]?.contains("\"o\":\"team-payments\"") == true)
        #expect(index.contains("<li><a href=\"#teams\"><span class=\"stat-number\">3</span> <span class=\"stat-label\">teams</span></a></li>"))
        #expect(index.contains("<li><a href=\"index.html#teams\">Teams</a></li>"))
        #expect(index.contains("<h2 id=\"teams\">Teams</h2>"))
        #expect(
            index.contains(
                "<li><a href=\"teams/team-platform.html\">Platform team</a> <span class=\"count\">1</span>: Runs the clusters and the shared tooling.</li>"))
        for (path, contents) in site {
            #expect(!contents.contains("in-house) (in-house)") && !contents.contains("in-house, PHP) (in-house)"), "\(path)")
        }
    }

    @Test func withoutTeamsNoOwnerFilterOrColumns() throws {
        let site = files(try FixtureCatalog.load())
        #expect(!site.keys.contains { $0.hasPrefix("teams/") })
        let index = try #require(site["index.html"])
        #expect(!index.contains("f-owner") && !index.contains("id=\"teams\""))
        #expect(site["search.js"]?.contains("\"o\":\"\"") == true)
        #expect(!index.contains("index.html#teams\">Teams</a>") && !index.contains("stat-label\">teams<"))
        let stack = try #require(site["stacks/demo.html"])
        #expect(!stack.contains(">Owner</th>") && !stack.contains(">Reviewed</th>"))
        #expect(stack.contains("<td>Gateway [in-house]</td>"))
    }

    /// Team text from the catalog stays text, on the team page, the index and the tool pages.
    @Test func hostileTeamTextIsEscaped() throws {
        var files = try InHouseCatalog.files()
        let i = try #require(files.firstIndex { $0.relativePath == "teams.yaml" })
        files[i] = CatalogFile(
            relativePath: "teams.yaml", displayPath: "inhouse/teams.yaml",
            contents: """
                - id: team-checkout
                  name: "Team <script>alert(1)</script> & \\"co\\""
                  description: "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
                  contact: "o'brien&co@example.com"
                - id: team-payments
                  name: Payments
                  contact: "javascript:alert(1)"
                - id: team-platform
                  name: Platform

                """)
        let check = CatalogCheck(files: files, requireVocabularies: "inhouse")
        #expect(check.diagnostics.map(\.rule.id) == ["invalid-contact"])
        let site = self.files(check.catalog)
        for (path, contents) in site where path.hasSuffix(".html") {
            #expect(!contents.contains("<script>alert") && !contents.contains("<img"), "\(path)")
            #expect(!contents.contains("href=\"javascript"), "\(path)")
        }
        let team = try #require(site["teams/team-checkout.html"])
        #expect(team.contains("<h1>Team &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</h1>"))
        #expect(team.contains("<p class=\"lead\">&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>"))
        #expect(team.contains("<a href=\"mailto:o&#39;brien%26co@example.com\">o&#39;brien&amp;co@example.com</a>"))
        #expect(try #require(site["tools/checkout-api.html"]).contains("<a href=\"../teams/team-checkout.html\">Team &lt;script&gt;"))
        #expect(
            try #require(site["index.html"]).contains(
                "<option value=\"team-checkout\">Team &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot; (2)</option>"))
        // A contact that is neither http(s) nor an email address never becomes a link.
        for contact in ["javascript:alert(1)", "JavaScript:alert(1)//@example.com", "data:text/html,x", "ftp://example.com", "a b@example.com"] {
            #expect(SiteGenerator.contactLink(contact).href == nil, "\(contact)")
        }
        #expect(SiteGenerator.contactLink("HTTPS://example.com/team").href == "HTTPS://example.com/team")
    }

    /// The radar comes from stackcat, with or without Graphviz: every stack page has it, its blips
    /// link to the tool pages, and its names can be read (a labelled group, not an image).
    @Test func stackPagesShowTheirRadar() throws {
        let generator = SiteGenerator(catalog: try InHouseCatalog.load())
        let page = try #require(generator.pages().first { $0.path == "stacks/shop.html" })
        for svg in [nil, "<svg width=\"1pt\"><g/></svg>"] {
            let html = generator.contents(of: page, svg: svg)
            #expect(html.contains("<h2 id=\"radar\">Radar</h2>"))
            #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width="))
            #expect(html.contains(" role=\"group\" aria-labelledby=\"radar-title radar-desc\""))
            #expect(html.contains("<a href=\"../tools/checkout-api.html\"><g class=\"blip\"><title>1. Checkout API: adopt."))
            // The inline part has no page: its blip is no link.
            #expect(html.contains("  <g class=\"blip\"><title>3. Legacy monolith (in-house, PHP): hold."))
            #expect(html.components(separatedBy: DocsGenerator.marker).count == 2, "the radar's own marker comment is dropped")
            // The tables give each component its number on the radar.
            #expect(html.contains("<tr><td class=\"number\">1</td><td><a href=\"../tools/checkout-api.html\">Checkout API</a></td>"))
        }
        let builtin = try Repository.check().catalog
        let site = files(builtin)
        for stack in builtin.stacks {
            #expect(try #require(site["stacks/\(stack.id).html"]).contains("<g class=\"blip\">"), "\(stack.id)")
        }
    }

    /// The index draws the overview (one node per top-level category), whatever the catalog's size.
    @Test func theIndexShowsTheOverview() throws {
        for catalog in [try InHouseCatalog.load(), try Repository.check().catalog] {
            let generator = SiteGenerator(catalog: catalog)
            let index = try #require(generator.pages().first { $0.path == "index.html" })
            let graph = try #require(generator.graph(of: index))
            let tops = Set(catalog.categories.filter { $0.parent == nil }.map(\.id.value))
            #expect(!graph.nodes.isEmpty && graph.nodes.allSatisfy { $0.count != nil && tops.contains($0.id) })
            #expect(!graph.edges.isEmpty)
            #expect(try #require(generator.dot(of: index)).contains("digraph"))
            // Without Graphviz: the edges, between category pages.
            let listed = generator.contents(of: index, svg: nil)
            #expect(listed.contains("<h2 id=\"graph\">Overview</h2>"))
            for edge in graph.edges {
                #expect(listed.contains("<tr><td><a href=\"categories/\(edge.from).html\">"), "\(edge.from)")
            }
        }
        let inHouse = SiteGenerator(catalog: try InHouseCatalog.load())
        let index = try #require(inHouse.pages().first { $0.path == "index.html" })
        #expect(
            inHouse.contents(of: index, svg: nil).contains(
                "<tr><td><a href=\"categories/services.html\">Services</a></td><td><a href=\"relations/runs-on.html\">runs on ×2</a></td>"
                    + "<td><a href=\"categories/platform.html\">Platform</a></td>"))
    }
}
