import Foundation
import Testing

/// Issue 21, family 2: work that grows without bound. Graphviz's layout has a time budget
/// (`STACKCAT_GRAPHVIZ_TIMEOUT`) with a fallback, and a deep category chain is refused at once.
/// No wall-clock assertion: the tests check that the fallback happened, not how long it took.
@Suite("bounded work end to end", .serialized)
struct BoundedWorkTests {
    /// A category of densely related tools, whose graph Graphviz lays out in minutes (edges with
    /// labels between every few of 60 nodes) while every other graph takes milliseconds.
    static func denseCatalog() throws -> ScratchCatalog {
        let scratch = try ScratchCatalog()
        var categories = try String(contentsOf: scratch.catalog.appendingPathComponent("categories.yaml"), encoding: .utf8)
        categories = categories.replacingOccurrences(of: "categories:\n", with: "categories:\n- id: dense\n  name: Dense\n  parent: delivery\n")
        try scratch.write("categories.yaml", categories)
        let n = 60
        for i in 0..<n {
            var text = """
                name: Dense tool \(i)
                category: dense
                summary: A tool related to many others.
                homepage: https://dense-\(i).example.org/
                license: MIT
                hosting: library
                lifecycle: active
                roles: [continuous-delivery]
                sources: [https://dense-\(i).example.org/]
                relations:

                """
            for j in Set((1...12).map { (i * 7 + $0 * 13) % n }).subtracting([i]).sorted() {
                text += "  - type: deploys-to\n    target: dense-\(String(format: "%03d", j))\n"
            }
            try scratch.write("tools/dense-\(String(format: "%03d", i)).yaml", text)
        }
        return scratch
    }

    @Test func aLayoutPastItsBudgetFallsBackToAListOfEdgesAndTheSiteIsComplete() throws {
        let scratch = try Self.denseCatalog()
        defer { scratch.remove() }
        let validate = try Binary.run(["--catalog", scratch.catalog.path, "validate"])
        #expect(validate.status == 0, "\(validate.stderr)")
        let out = scratch.root.appendingPathComponent("site")
        let run = try Binary.run(
            ["--catalog", scratch.catalog.path, "site", "--out", out.path],
            environment: ["STACKCAT_GRAPHVIZ_TIMEOUT": "0.5"], hangGuard: .seconds(600))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("site: note: the graph of categories/dense.html took longer than 0.5 s to lay out and is shown as a list of its edges"),
            "\(run.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("categories/dense.html"), encoding: .utf8)
        #expect(!page.contains("<svg"), "the dense graph is not drawn")
        #expect(page.contains("dense-059.html"), "its edges are listed")
        for name in ["index.html", "categories/cd.html", "tools/spinnaker.html", "tools/dense-000.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) is written")
        }
        let other = try String(contentsOf: out.appendingPathComponent("categories/cd.html"), encoding: .utf8)
        #expect(other.contains("<svg"), "the rest of the site is still drawn")
    }

    @Test func graphAsSVGPastItsBudgetIsAnErrorNamingTheBudget() throws {
        let scratch = try Self.denseCatalog()
        defer { scratch.remove() }
        let run = try Binary.run(
            ["--catalog", scratch.catalog.path, "graph", "--category", "dense", "--format", "svg"],
            environment: ["STACKCAT_GRAPHVIZ_TIMEOUT": "0.5"], hangGuard: .seconds(600))
        #expect(run.status == 1)
        #expect(run.stderr.contains("took longer than 0.5 s"), "\(run.stderr)")
        #expect(run.stderr.contains("--format dot"), "\(run.stderr)")
        let bad = try Binary.run(["graph", "--format", "svg"], environment: ["STACKCAT_GRAPHVIZ_TIMEOUT": "soon"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("STACKCAT_GRAPHVIZ_TIMEOUT is a number of seconds"), "\(bad.stderr)")
    }

    /// A 20,000-deep chain: refused with one diagnostic at the category past the limit, by every
    /// command, and taking no longer than 20,000 side by side (the ratio of the two, not a time).
    @Test func aDeepCategoryChainIsRefusedOnceAndAsFastAsAWideOne() throws {
        func scratch(deep: Bool) throws -> ScratchCatalog {
            let scratch = try ScratchCatalog()
            var categories = try String(contentsOf: scratch.catalog.appendingPathComponent("categories.yaml"), encoding: .utf8)
            var extra = "categories:\n"
            for i in 0..<20_000 { extra += "- id: extra-\(i)\n  name: Extra \(i)\n  parent: \(deep && i > 0 ? "extra-\(i - 1)" : "delivery")\n" }
            categories = categories.replacingOccurrences(of: "categories:\n", with: extra)
            try scratch.write("categories.yaml", categories)
            return scratch
        }
        let deep = try scratch(deep: true)
        let wide = try scratch(deep: false)
        defer {
            deep.remove()
            wide.remove()
        }
        let clock = ContinuousClock()
        var deepRun: Run?
        var wideRun: Run?
        let deepTime = try clock.measure {
            deepRun = try Binary.run(["--catalog", deep.catalog.path, "validate", "--format", "json"], hangGuard: .seconds(600))
        }
        let wideTime = try clock.measure {
            wideRun = try Binary.run(["--catalog", wide.catalog.path, "validate", "--format", "json"], hangGuard: .seconds(600))
        }
        #expect(wideRun?.status == 0, "\(wideRun?.stderr ?? "")")
        #expect(deepRun?.status == 1)
        #expect(deepRun?.stdout.components(separatedBy: "\"category-depth\"").count == 2, "one diagnostic: \(deepRun?.stdout.prefix(2000) ?? "")")
        #expect(deepRun?.stdout.contains("extra-11") == true)
        #expect(deepTime / wideTime < 10, "deep \(deepTime), wide \(wideTime)")
        for command in [["list"], ["graph"], ["categories"]] {
            let run = try Binary.run(["--catalog", deep.catalog.path] + command, hangGuard: .seconds(600))
            #expect(run.status == 1 && run.stderr.contains("category-depth") || run.stderr.contains("levels deep"), "\(command): \(run.stderr.prefix(500))")
        }
    }
}
