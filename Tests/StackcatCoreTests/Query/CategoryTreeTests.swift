import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatValidation

/// The category tree's walks (issue 21, family 2): linear in a chain's depth, no recursion as deep as
/// the chain, and the same answers on chains, cycles and unknown parents.
@Suite("category tree")
struct CategoryTreeTests {
    static func category(_ id: String, parent: String?) -> StackcatModel.Category {
        Category(
            id: Located(id, span: .fileStart), name: "Category \(id)", description: nil,
            parent: parent.map { Located($0, span: .fileStart) }, path: "categories.yaml")
    }

    /// `count` categories below `top`: one chain (deep), or all children of `top` (wide).
    static func catalog(_ count: Int, deep: Bool) -> Catalog {
        var categories = [category("top", parent: nil)]
        for i in 0..<count {
            categories.append(category("c\(i)", parent: deep && i > 0 ? "c\(i - 1)" : "top"))
        }
        return Catalog(categories: categories, roles: [], relationTypes: [], tools: [], stacks: [], fileCount: 1)
    }

    /// Every walk that a command makes over every category.
    static func walkEverything(_ catalog: Catalog) {
        var total = 0
        for category in catalog.categories {
            let id = category.id.value
            total += catalog.categoryDepth(of: id) ?? 0
            total += catalog.topCategory(of: id)?.utf8.count ?? 0
            total += catalog.toolCount(inCategory: id)
            total += catalog.subcategories(of: id).count
            total += catalog.categoryPath(id, last: CategoryHierarchy.depthLimit + 1).count
            total += catalog.shownDepth(of: id)
        }
        total += catalog.categoryTree().count + catalog.categoryWithDescendants("top").count
        total += CatalogValidator.validate(catalog).count
        total += GraphQuery.Context(catalog).members.count
        #expect(total > 0)
    }

    @Test func aDeepChainCostsWhatAWideTreeCosts() {
        let size = 2_000
        let clock = ContinuousClock()
        func best(_ work: () -> Void) -> Double {
            let times = (0..<2).map { _ in clock.measure(work) }
            let fastest = times.min()!.components
            return Double(fastest.seconds) + Double(fastest.attoseconds) / 1e18
        }
        let deep = Self.catalog(size * Growth.factor, deep: true)
        let wide = Self.catalog(size * Growth.factor, deep: false)
        let ratio = best { Self.walkEverything(deep) } / max(best { Self.walkEverything(wide) }, 1e-9)
        #expect(ratio < Growth.linearLimit, "a chain \(size * Growth.factor) deep took \(ratio)x as long as as many siblings")
        let growth = Growth.ratio(size: size) { Self.walkEverything(Self.catalog($0 + 1, deep: true)) }
        #expect(growth < Growth.linearLimit, "4x the depth took \(growth)x as long")
    }

    @Test func depthTopAndPathOnAChain() {
        let catalog = Self.catalog(20_000, deep: true)
        #expect(catalog.categoryDepth(of: "c19999") == 20_000)
        #expect(catalog.topCategory(of: "c19999") == "top")
        #expect(catalog.categoryPath("c19999").count == 20_001)
        #expect(catalog.categoryPath("c19999", last: 3) == ["c19997", "c19998", "c19999"])
        #expect(catalog.categoryWithDescendants("c19990").count == 10)
        #expect(catalog.isCategory("c19999", within: "c5"))
        #expect(!catalog.isCategory("c5", within: "c19999"))
        #expect(catalog.categoryTree().map(\.depth) == Array(0...20_000))
        #expect(catalog.shownDepth(of: "c19999") == CategoryHierarchy.depthLimit)
        #expect(catalog.categoryDepth(of: catalog.shownParent(of: "c19999")!) == CategoryHierarchy.depthLimit - 1)
        let diagnostics = CatalogValidator.validate(catalog).filter { $0.rule == .categoryDepth }
        #expect(diagnostics.count == 1, "reported once, at the first category past the limit")
        #expect(diagnostics.first?.message.contains("'c\(CategoryHierarchy.depthLimit)'") == true)
    }

    @Test func cyclesAreReportedOnceEachAndLeftOutOfTheTree() {
        let catalog = Catalog(
            categories: [
                Self.category("a", parent: "b"), Self.category("b", parent: "c"), Self.category("c", parent: "a"),
                Self.category("tail", parent: "b"), Self.category("self", parent: "self"),
                Self.category("x", parent: "y"), Self.category("y", parent: "x"),
                Self.category("root", parent: nil), Self.category("orphan", parent: "missing")
            ], roles: [], relationTypes: [], tools: [], stacks: [], fileCount: 1)
        #expect(catalog.categoryCycles.map { $0.map(\.id.value) } == [["a", "b", "c"], ["self"], ["x", "y"]])
        let messages = CatalogValidator.validate(catalog).filter { $0.rule == .categoryCycle }.map(\.message)
        #expect(
            messages == [
                "category parents form a cycle: a → b → c → a", "category parents form a cycle: self → self",
                "category parents form a cycle: x → y → x"
            ])
        #expect(Set(catalog.categoryTree().map(\.category.id.value)) == ["orphan", "root", "self"])
        #expect(catalog.categoryDepth(of: "tail") == nil && catalog.topCategory(of: "a") == nil)
        #expect(catalog.categoryWithDescendants("a") == ["a", "b", "c", "tail"])
        #expect(catalog.categoryPath("tail") == ["c", "b", "tail"] || catalog.categoryPath("tail").count == 4)
        #expect(catalog.categoryPath("orphan") == ["missing", "orphan"])
        #expect(catalog.topCategory(of: "orphan") == "orphan")
    }

    /// A renderer given a chain past the limit (validation refuses it; the fuzzers do not) nests no
    /// deeper than the limit: DOT clusters, the site's tree and the docs' index.
    @Test func renderersNestNoDeeperThanTheLimit() throws {
        var categories = Fixture.categories
        for i in 0..<300 { categories += "- id: c\(i)\n  name: C \(i)\n  parent: \(i == 0 ? "delivery" : "c\(i - 1)")\n" }
        let check = Fixture.valid.with("categories.yaml", categories)
            .with("tools/spinnaker.yaml", Fixture.spinnaker.replacingOccurrences(of: "category: cd", with: "category: c299")).check()
        #expect(check.diagnostics.map(\.rule) == [.categoryDepth])
        let catalog = check.catalog
        let graph = try GraphQuery().build(from: catalog)
        #expect(graph.clusters.count == 303, "delivery, 300 below it, runtime and orchestration")
        let dot = DOTFormat().render(graph)
        // Nested clusters are indented two spaces a level.
        let deepest = dot.split(separator: "\n").filter { $0.contains("subgraph") }.map { $0.prefix { $0 == " " }.count / 2 }.max() ?? 0
        #expect(deepest == CategoryHierarchy.depthLimit + 1, "the top level is indented once")
        let docs = DocsGenerator(catalog: catalog).indexPage()
        #expect(docs.contains("c299"))
        #expect(!docs.contains(String(repeating: "  ", count: CategoryHierarchy.depthLimit + 1) + "- "))
    }
}
