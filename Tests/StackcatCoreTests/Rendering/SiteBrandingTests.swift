import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatRendering
@testable import StackcatValidation

/// Branding (issue 26, item 5) and logos (item 2) in the site, on the company catalog fixture: its
/// `catalog.yaml` sets the title, logo, base URL and footer; teams and in-house tools have logos.
@Suite("site: branding and logos")
struct SiteBrandingTests {
    static var url: URL { Repository.root.appendingPathComponent("Tests/Fixtures/company-catalog") }

    /// The company catalog's site, with its logos read from the fixture's files.
    static func site() throws -> [String: String] {
        let check = CatalogCheck(files: try Repository.catalogFiles(at: url, displayPrefix: "company/"), requireVocabularies: "company")
        #expect(check.diagnostics.map(Fixture.describe) == [])
        let (problems, logos) = CatalogLogos.check(CatalogLogos.references(in: check.catalog)) { path in
            (try? Data(contentsOf: url.appendingPathComponent(path))).map { .bytes(Array($0)) } ?? .missing
        }
        #expect(problems.isEmpty)
        return Dictionary(uniqueKeysWithValues: SiteFiles(catalog: check.catalog, drawing: nil, logos: logos).all().map { ($0.path, $0.contents) })
    }

    @Test func titleBaseURLAndFooterOnEveryPage() throws {
        let site = try Self.site()
        let pages = site.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, page) in pages {
            #expect(page.contains(" · Acme Shop engineering catalog</title>"), "\(path)")
            #expect(!page.contains("stackcat catalog"), "\(path)")
            #expect(page.contains("<link rel=\"canonical\" href=\"https://catalog.acme-shop.example/\(path)\">"), "\(path)")
            #expect(page.contains("<meta property=\"og:url\" content=\"https://catalog.acme-shop.example/\(path)\">"), "\(path)")
            #expect(page.contains("<p class=\"site-footer-text\">Kept by the platform team. Questions go to #platform on chat.</p>"), "\(path)")
        }
        #expect(
            try #require(site["teams/team-checkout.html"]).contains(
                "<a class=\"brand\" href=\"../index.html\"><img class=\"brand-logo\" src=\"../logos/logos~acme.svg\" alt=\"\" height=\"28\">Acme Shop engineering catalog</a>"
            ))
        #expect(try #require(site["index.html"]).contains("src=\"logos/logos~acme.svg\""))
    }

    @Test func logosAreFilesShownWithImgNeverInlined() throws {
        let site = try Self.site()
        #expect(
            site.keys.filter { $0.hasPrefix("logos/") }.sorted() == [
                "logos/logos~acme.svg", "logos/logos~checkout.svg", "logos/logos~payments.png.svg", "logos/logos~platform.svg"
            ])
        // An SVG as it is, after the marker (its XML declaration left out: the marker comes first).
        let acme = try #require(site["logos/logos~acme.svg"])
        #expect(acme.hasPrefix(SiteGenerator.marker + "\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!acme.contains("<?xml"))
        // A PNG inside an SVG of its own size, as a data: picture.
        let png = try #require(site["logos/logos~payments.png.svg"])
        #expect(
            png.contains(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\"><image width=\"64\" height=\"64\" href=\"data:image/png;base64,iVBORw0KGgo"
            ))
        let index = try #require(site["index.html"])
        #expect(
            index.contains(
                "<img class=\"logo\" src=\"logos/logos~checkout.svg\" alt=\"\" width=\"30\" height=\"30\" loading=\"lazy\"><span class=\"tile-text\"><span class=\"tile-name\">Checkout API</span>"
            ))
        // A tool without a logo keeps its initials.
        #expect(index.contains("<span class=\"initials\" aria-hidden=\"true\">KU</span><span class=\"tile-text\"><span class=\"tile-name\">Kubernetes</span>"))
        #expect(
            try #require(site["tools/payments-gateway-in-house.html"]).contains(
                "<img class=\"page-logo\" src=\"../logos/logos~payments.png.svg\" alt=\"Payments gateway (in-house) logo\""))
        #expect(
            try #require(site["teams/team-platform.html"]).contains(
                "<div class=\"page-title\"><img class=\"page-logo\" src=\"../logos/logos~platform.svg\" alt=\"Platform team logo\""))
        for (path, page) in site where path.hasSuffix(".html") {
            #expect(!page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\""), "\(path)")
        }
    }

    /// The site's logos are its files in `logos/` only: docs' radar SVGs in `stacks/` of a directory
    /// both write are not the site's to remove.
    @Test func logosAreTheSitesOnlyInLogos() throws {
        let layout = SiteFiles(catalog: try InHouseCatalog.load(), drawing: nil).layout
        #expect(layout.isGeneratedPlace("logos/logos~acme.svg"))
        #expect(layout.isGeneratedPlace("tools/checkout-api.html"))
        #expect(!layout.isGeneratedPlace("stacks/shop.radar.svg"))
        #expect(!layout.isGeneratedPlace("logos/notes.txt"))
    }

    @Test func withoutSiteSettingsTheDefaults() throws {
        let site = Dictionary(uniqueKeysWithValues: SiteFiles(catalog: try InHouseCatalog.load(), drawing: nil).all().map { ($0.path, $0.contents) })
        let index = try #require(site["index.html"])
        #expect(index.contains("<title>Catalog · stackcat catalog</title>"))
        #expect(index.contains("<a class=\"brand\" href=\"index.html\">stackcat catalog</a>"))
        #expect(!index.contains("rel=\"canonical\""))
        #expect(!index.contains("site-footer-text"))
        #expect(!site.keys.contains { $0.hasPrefix("logos/") })
    }

    @Test func hostileBrandingIsEscapedAndBadValuesReported() throws {
        let settings = CatalogFile(
            relativePath: "catalog.yaml", displayPath: "c/catalog.yaml",
            contents: """
                site:
                  title: "<script>alert(1)</script> & co"
                  footer: "<img src=x onerror=alert(1)>"
                  base-url: http://insecure.example/
                  colour: red

                """)
        let files = try InHouseCatalog.files() + [settings]
        let check = CatalogCheck(files: files, requireVocabularies: "inhouse")
        #expect(
            check.diagnostics.map { "\($0.code): \($0.message)" } == [
                "invalid-url: 'http://insecure.example/' is not an https URL without query or fragment",
                "unknown-key: unknown key 'colour'"
            ])
        let site = Dictionary(uniqueKeysWithValues: SiteFiles(catalog: check.catalog, drawing: nil).all().map { ($0.path, $0.contents) })
        let index = try #require(site["index.html"])
        #expect(index.contains("<title>Catalog · &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"))
        #expect(index.contains("<p class=\"site-footer-text\">&lt;img src=x onerror=alert(1)&gt;</p>"))
        #expect(!index.contains("<script>alert") && !index.contains("<img src=x"))
    }
}
