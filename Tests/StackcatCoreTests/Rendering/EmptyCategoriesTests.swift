import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering

/// Categories with no tool, in them or below them, are left out of the site's tree and filters, the
/// docs' index and sub-category lines, and `stackcat categories`, unless `--show-empty` (issue 26).
@Suite("empty categories")
struct EmptyCategoriesTests {
    static func catalog() -> Catalog {
        let categories = Fixture.categories + "- id: nothing-here\n  name: Nothing here\n  parent: delivery\n"
        let check = Fixture.valid.with("categories.yaml", categories).check()
        #expect(check.diagnostics.filter { $0.severity == .error }.isEmpty)
        return check.catalog
    }

    @Test func categoriesListing() {
        let catalog = Self.catalog()
        #expect(catalog.toolCount(inCategory: "nothing-here") == 0)
        #expect(!Listings.shownCategories(catalog, showsEmpty: false).contains { $0.category.id.value == "nothing-here" })
        #expect(Listings.shownCategories(catalog, showsEmpty: true).contains { $0.category.id.value == "nothing-here" })
        #expect(Listings.shownCategories(catalog, showsEmpty: false).count == catalog.categories.count - 1)
        #expect(!Listings.categoriesJSON(catalog, showsEmpty: false).rendered().contains("nothing-here"))
    }

    @Test func docs() {
        let catalog = Self.catalog()
        var generator = DocsGenerator(catalog: catalog)
        #expect(!generator.indexPage().contains("categories/nothing-here.md"))
        #expect(!generator.categoryPage(catalog.category("delivery")!).contains("nothing-here"))
        generator.showsEmptyCategories = true
        #expect(generator.indexPage().contains("categories/nothing-here.md) (0)"))
        #expect(generator.categoryPage(catalog.category("delivery")!).contains("nothing-here.md"))
    }

    @Test func site() {
        let catalog = Self.catalog()
        func files(_ showsEmpty: Bool) -> [String: String] {
            Dictionary(uniqueKeysWithValues: SiteFiles(catalog: catalog, drawing: nil, showsEmptyCategories: showsEmpty).all().map { ($0.path, $0.contents) })
        }
        let hidden = files(false)
        let shown = files(true)
        #expect(!hidden["index.html"]!.contains("nothing-here"))
        #expect(!hidden["search.js"]!.contains("\"nothing-here\""))
        #expect(!hidden["categories/delivery.html"]!.contains("nothing-here"))
        #expect(hidden["categories/nothing-here.html"] != nil, "its page is still written")
        #expect(shown["index.html"]!.contains("<option value=\"nothing-here\">– Nothing here (0)</option>"))
        #expect(shown["categories/delivery.html"]!.contains("categories/nothing-here.html"))
    }
}
