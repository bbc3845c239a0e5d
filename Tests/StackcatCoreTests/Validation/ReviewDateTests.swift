import Foundation
import Testing

@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatValidation

/// Issue 28: `reviewed:` on tools and on stacks as a whole, and `validate --max-age` over them.
@Suite("Review dates on tools and stacks")
struct ReviewDateTests {
    /// The in-house fixture catalog with lines appended to some of its files.
    static func files(appending extra: [String: String]) throws -> [CatalogFile] {
        let root = InHouseCatalog.url
        let paths =
            ["categories.yaml", "relations.yaml", "roles.yaml", "teams.yaml", "stacks/shop.yaml"]
            + (try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tools").path)).map { "tools/" + $0 }
        return try paths.sorted().map { path in
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) + (extra[path] ?? "")
            return CatalogFile(relativePath: path, displayPath: "inhouse/" + path, contents: text)
        }
    }

    @Test func toolsAndStacksAreAgedAgainstTodayAndComponentsShareTheirStacksDate() throws {
        let files = try Self.files(appending: [
            "tools/kubernetes.yaml": "reviewed: 2020-01-01\n",
            "tools/datadog.yaml": "reviewed: 2029-12-01\n",
            "stacks/shop.yaml": "reviewed: 2028-01-01\n"
        ])
        let loaded = CatalogCheck(files: files, requireVocabularies: "inhouse")
        #expect(loaded.diagnostics.map(Fixture.describe) == [])
        #expect(loaded.catalog.tool("kubernetes")?.otherFacts["reviewed"]?.value == "2020-01-01")
        #expect(loaded.catalog.stack("shop")?.reviewed?.value == "2028-01-01")
        let found = ReviewAge(maxAge: 365, today: "2030-01-01").check(loaded.catalog).map(Fixture.describe)
        // kubernetes is 3,653 days old; the stack, 731; datadog is recent. legacy-monolith, with no date of
        // its own, now shares the stack's, which is after the stack's as_of.
        #expect(
            found.contains {
                $0.hasPrefix("inhouse/tools/kubernetes.yaml:")
                    && $0.contains("tool 'kubernetes' was last reviewed on 2020-01-01, 3653 days before 2030-01-01 (more than 365)")
            })
        #expect(found.contains { $0.contains("stack 'shop' was last reviewed on 2028-01-01, 731 days before 2030-01-01") })
        #expect(!found.contains { $0.contains("'datadog' was") || $0.contains("legacy-monolith") })
        #expect(found.filter { $0.contains("component '") }.count == 2)
    }

    @Test func aReviewDateIsACalendarDate() throws {
        let files = try Self.files(appending: ["tools/kubernetes.yaml": "reviewed: 2026-02-30\n", "stacks/shop.yaml": "reviewed: soon\n"])
        let problems = CatalogCheck(files: files, requireVocabularies: "inhouse").diagnostics.filter { $0.severity == .error }
        #expect(problems.count == 2, "\(problems.map(Fixture.describe))")
    }
}
