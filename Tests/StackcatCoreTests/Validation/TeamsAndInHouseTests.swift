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

/// Issue 14, items 1-3: teams and owners, in-house tools, review dates.
@Suite("Teams, in-house tools and review dates")
struct TeamsAndInHouseTests {
    static let teams = """
        - id: platform
          name: Platform team
          contact: platform@example.com
        - id: payments
          name: Payments team
          contact: https://chat.example.com/payments

        """
    static let inHouse = """
        name: Checkout API
        category: cd
        summary: Turns baskets into orders.
        hosting: in-house
        owner: platform
        lifecycle: active
        sources: [docs/adr/0001.md, https://wiki.example.internal/checkout]

        """
    static var base: Fixture { Fixture.valid.with("teams.yaml", teams) }

    func check(
        _ path: String, broken: String, fixed: String, base: Fixture = Self.base,
        _ expected: (Marked) -> [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let marked = Marked(broken)
        #expect(base.with(path, marked.text).report() == expected(marked).map { "catalog/\(path):" + $0 }, sourceLocation: sourceLocation)
        #expect(base.with(path, fixed).report() == [], sourceLocation: sourceLocation)
    }

    @Test func teamsAreOptional() {
        #expect(Fixture.valid.check().catalog.teams.isEmpty)
        #expect(Self.base.report() == [])
        #expect(Self.base.check().catalog.team("payments")?.name == "Payments team")
    }

    @Test func aContactIsAnEmailOrAURL() {
        check(
            "teams.yaml", broken: Self.teams.replacingOccurrences(of: "platform@example.com", with: "1️⃣platform at example"),
            fixed: Self.teams
        ) { m in
            [
                "\(m.at(1)): error: contact 'platform at example' is neither an email address nor an http(s) URL\n"
                    + "  note: write an address such as team@example.com, or a page such as https://chat.example.com/team"
            ]
        }
        #expect(ContactCheck.isContact("a@b.co") && ContactCheck.isContact("https://x.io/team"))
        #expect(!ContactCheck.isContact("a@b") && !ContactCheck.isContact("@b.co") && !ContactCheck.isContact("ftp://x.io"))
        // Issue 21: an address is what it claims to be, and its mailto: link has one recipient and no fields.
        for forged in ["a@b.co?subject=hi&cc=boss@example.com", "a@b.co#x", "a@b.co/x", "a@b_c.co", "a@-b.co", "a@b-.co", "a@b..co"] {
            #expect(!ContactCheck.isEmail(forged), "\(forged)")
        }
        #expect(ContactCheck.isEmail("team+ops?x&y@example.com") && ContactCheck.isEmail("ops@bücher.de"))
        #expect(ContactCheck.mailto("team+ops?x&y=1,z%@example.com") == "mailto:team+ops%3Fx%26y%3D1%2Cz%25@example.com")
        #expect(ContactCheck.mailto("ops@bücher.de") == "mailto:ops@b%C3%BCcher.de")
    }

    @Test func ownersResolveWithDidYouMean() {
        let fixed = Fixture.kubernetes + "owner: platform\n"
        check("tools/kubernetes.yaml", broken: Fixture.kubernetes + "owner: 1️⃣platfrom\n", fixed: fixed) { m in
            ["\(m.at(1)): error: unknown team 'platfrom'\n  note: did you mean 'platform'?"]
        }
        let stack = Fixture.stack.replacingOccurrences(of: "    ring: trial\n", with: "    ring: trial\n    owner: 1️⃣paymnts\n")
        check("stacks/demo.yaml", broken: stack, fixed: stack.replacingOccurrences(of: "1️⃣paymnts", with: "payments")) { m in
            ["\(m.at(1)): error: unknown team 'paymnts'\n  note: did you mean 'payments'?"]
        }
        // Without teams.yaml an owner names nothing.
        #expect(Fixture.valid.with("tools/kubernetes.yaml", fixed).report().first?.contains("unknown team 'platform'") == true)
    }

    @Test func inHouseToolsNeedAnOwnerButNoPublicFacts() {
        #expect(Self.base.with("tools/checkout-api.yaml", Self.inHouse).report() == [])
        let broken = Self.inHouse.replacingOccurrences(of: "hosting: in-house\nowner: platform\n", with: "hosting: 1️⃣in-house\n")
        check("tools/checkout-api.yaml", broken: broken, fixed: Self.inHouse) { m in
            ["\(m.at(1)): error: in-house tool 'checkout-api' has no owner\n  note: add 'owner: TEAM' with a team id from teams.yaml"]
        }
        // Repository paths are sources of in-house tools only; '..' never.
        let outside = Self.inHouse.replacingOccurrences(of: "docs/adr/0001.md", with: "1️⃣../secrets.md")
        check("tools/checkout-api.yaml", broken: outside, fixed: Self.inHouse) { m in
            [
                "\(m.at(1)): error: '../secrets.md' in 'sources' is neither an http(s) URL nor a path inside the repository\n"
                    + "  note: an in-house tool cites http(s) pages, internal ones too, or relative paths such as docs/adr/0001.md"
            ]
        }
        let publicPath = Fixture.kubernetes.replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]", with: "sources: 1️⃣[2️⃣docs/k.md]")
        check("tools/kubernetes.yaml", broken: publicPath, fixed: Fixture.kubernetes) { m in
            [
                "\(m.at(1)): warning: 'kubernetes' cites no sources\n  note: add 'sources:' with the public pages its facts come from",
                "\(m.at(2)): error: 'docs/k.md' is not an http(s) URL\n  note: 'sources' takes an absolute URL starting with https:// or http://"
            ]
        }
        // No sources: a warning for a public tool, nothing for an in-house one.
        let bare = Self.inHouse.replacingOccurrences(of: "sources: [docs/adr/0001.md, https://wiki.example.internal/checkout]\n", with: "")
        #expect(Self.base.with("tools/checkout-api.yaml", bare).report() == [])
    }

    @Test func inHouseNamesAreMarkedOnce() {
        func component(_ name: String) -> Component {
            Component(
                tool: nil, inHouseID: Located("x", span: .fileStart), name: name, category: nil, ring: .adopt, role: nil,
                span: .fileStart)
        }
        #expect(component("API gateway").inHouseDisplayName == "API gateway (in-house)")
        #expect(component("API gateway (in-house, Go)").inHouseDisplayName == "API gateway (in-house, Go)")
        #expect(component("In-House portal").inHouseDisplayName == "In-House portal")
    }

    @Test func listFiltersByOwner() throws {
        let catalog = try InHouseCatalog.load()
        var filter = ToolFilter()
        filter.owners = ["team-checkout"]
        #expect(try filter.apply(to: catalog).map(\.id) == ["checkout-api", "order-events-stream-processor-for-the-fulfilment-warehouse-syncs"])
        filter.owners = ["team-payments", "team-platform"]
        #expect(try filter.apply(to: catalog).map(\.id) == ["kubernetes", "payments-gateway-in-house"])
        filter.owners = ["team-paymnets"]
        #expect(throws: UnknownIDError(kind: "team", id: "team-paymnets", among: catalog.teams.map(\.id.value))) { try filter.apply(to: catalog) }
    }

    @Test func showAndCompareNameTheOwner() throws {
        let catalog = try InHouseCatalog.load()
        let tool = try #require(catalog.tool("checkout-api"))
        #expect(ShowRenderer(catalog: catalog).facts(tool).contains { $0 == ("Owner", "Checkout team (team-checkout)") })
        let comparison = Comparison(tools: [tool, try #require(catalog.tool("datadog"))], in: catalog)
        #expect(comparison.rows.first { $0.key == "owner" }?.values == ["Checkout team", ""])
        // No owner among the compared tools: no owner row.
        #expect(Comparison(tools: [try #require(catalog.tool("datadog"))], in: catalog).rows.contains { $0.key == "owner" } == false)
        let stack = ShowRenderer(catalog: catalog).text(try #require(catalog.stack("shop")))
        #expect(stack.contains("Legacy monolith (in-house, PHP)  Checkout team (team-checkout)"))
        #expect(!stack.contains("(in-house, PHP) (in-house)"))
        #expect(stack.contains("reviewed 2025-12-01"))
        guard case .object(let pairs) = CatalogJSON.tool(tool) else {
            Issue.record("not an object")
            return
        }
        #expect(pairs.first { $0.0 == "owner" }?.1 == .string("team-checkout"))
        #expect(pairs.first { $0.0 == "homepage" }?.1 == .null)
    }

    @Test func staleReviewsAgainstTodayOrAnEarlierAsOf() throws {
        let catalog = try InHouseCatalog.load()
        // as_of 2026-01-15 is earlier than this "today": the stack is judged on its own date.
        let review = ReviewAge(maxAge: 365, today: "2030-01-01")
        let stack = try #require(catalog.stack("shop"))
        #expect(review.referenceDate(of: stack) == "2026-01-15")
        #expect(ReviewAge(maxAge: 365, today: "2026-01-10").referenceDate(of: stack) == "2026-01-10")
        let found = review.check(catalog).map(Fixture.describe)
        #expect(
            found == [
                "inhouse/stacks/shop.yaml:15:15: warning: component 'payments-gateway-in-house' of stack 'shop' was last reviewed on 2024-06-30, 564 days before 2026-01-15 (more than 365)\n  note: review its ring and set 'reviewed: YYYY-MM-DD'",
                "inhouse/stacks/shop.yaml:19:15: warning: component 'datadog' of stack 'shop' was last reviewed on 2023-02-01, 1079 days before 2026-01-15 (more than 365)\n  note: review its ring and set 'reviewed: YYYY-MM-DD'",
                "inhouse/stacks/shop.yaml:20:9: warning: component 'legacy-monolith' of stack 'shop' has no review date\n  note: review its ring and set 'reviewed: YYYY-MM-DD'"
            ])
        #expect(found.allSatisfy { !$0.contains("'kubernetes'") })
        #expect(ReviewAge(maxAge: 2000, today: "2026-01-15").check(catalog).count == 1)
        let check = CatalogCheck(files: try InHouseCatalog.files(), reviewAge: review)
        #expect(check.diagnostics.map(\.code) == ["stale-review", "stale-review", "stale-review"])
        #expect(CatalogCheck(files: try InHouseCatalog.files()).diagnostics.isEmpty)
    }

    @Test func dayNumbers() {
        #expect(CalendarDate.dayNumber(iso: "1970-01-01") == 0)
        #expect(CalendarDate.dayNumber(iso: "2000-03-01") == 11_017)
        #expect(CalendarDate.dayNumber(iso: "2024-02-29").map { CalendarDate.iso(secondsSince1970: Int64($0) * 86_400) } == "2024-02-29")
        #expect(CalendarDate.dayNumber(iso: "2024-13-01") == nil)
    }

    @Test func docsHaveAPagePerTeam() throws {
        let catalog = try InHouseCatalog.load()
        let files = Dictionary(uniqueKeysWithValues: DocsFiles(catalog: catalog).all().map { ($0.path, $0.contents) })
        let page = try #require(files["teams/team-checkout.md"])
        #expect(page.contains("# Checkout team"))
        #expect(page.contains("Contact: [checkout@example.com](<mailto:checkout@example.com>)"))
        #expect(page.contains("[Checkout API](../tools/checkout-api.md)"))
        #expect(page.contains("| [Shop platform](../stacks/shop.md) | Legacy monolith (in-house, PHP) | hold |   | What checkout is being carved out of. |"))
        #expect(files["teams/team-payments.md"]?.contains("[Payments gateway (in-house)](../tools/payments-gateway-in-house.md)") == true)
        #expect(files["README.md"]?.contains("| [Platform team](teams/team-platform.md) | 1 | 2 |") == true)
        let tool = try #require(files["tools/checkout-api.md"])
        #expect(tool.contains("| Owner | [Checkout team](../teams/team-checkout.md) |"))
        #expect(tool.contains("- docs/adr/0001-checkout-api.md\n"))
        let stack = try #require(files["stacks/shop.md"])
        #expect(stack.contains("| Component | Category | Role in the stack | Owner | Reviewed |"))
        #expect(
            stack.contains(
                "| Legacy monolith (in-house, PHP) | [Services](../categories/services.md) | What checkout is being carved out of. | [Checkout team](../teams/team-checkout.md) |   |"
            ))
        #expect(stack.contains("| 2025-12-01 |"))
    }
}
