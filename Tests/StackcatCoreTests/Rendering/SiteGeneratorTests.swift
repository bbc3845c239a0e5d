import Foundation
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

@Suite("site generator")
struct SiteGeneratorTests {
    /// Without Graphviz: every graph as a list of edges.
    func files(_ catalog: Catalog) -> [(path: String, contents: String)] {
        SiteFiles(catalog: catalog, drawing: nil).all()
    }

    @Test func theSameCatalogGivesTheSameBytes() throws {
        let first = files(try FixtureCatalog.load())
        let second = files(try FixtureCatalog.load())
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.contents) == second.map(\.contents))
        #expect(first.map(\.path) == first.map(\.path).sorted { $0.utf8Precedes($1) })
        let builtin = try Repository.check().catalog
        #expect(files(builtin).map(\.contents) == files(builtin).map(\.contents))
        let inHouse = files(try InHouseCatalog.load())
        #expect(inHouse.map(\.contents) == files(try InHouseCatalog.load()).map(\.contents))
        #expect(inHouse.map(\.path) == inHouse.map(\.path).sorted { $0.utf8Precedes($1) })
    }

    @Test func everyFileCarriesTheMarker() throws {
        for (path, contents) in files(try FixtureCatalog.load()) {
            #expect(SiteGenerator.isGenerated(contents), "\(path)")
            if path.hasSuffix(".html") { #expect(contents.hasPrefix(SiteGenerator.marker + "\n<!DOCTYPE html>\n"), "\(path)") }
        }
        #expect(!SiteGenerator.isGenerated("<!DOCTYPE html>\n"))
    }

    /// Catalog text never becomes markup: the hostile fixture's `<script>`, `<img onerror>`,
    /// `javascript:` link and quotes come out as text.
    @Test func hostileTextIsEscaped() throws {
        let site = files(try FixtureCatalog.load())
        for (path, contents) in site where path.hasSuffix(".html") {
            #expect(!contents.contains("<script>alert"), "\(path)")
            #expect(!contents.contains("<img"), "\(path)")
            #expect(!contents.contains("href=\"javascript"), "\(path)")
            #expect(!contents.contains("<b>&"), "\(path)")
            // The scripts of every page are the site's own: site.js, and on the index search.js.
            #expect(contents.components(separatedBy: "<script").count == (path == "index.html" ? 3 : 2), "\(path)")
        }
        let hostile = try #require(site.first { $0.path == "tools/hostile.html" }?.contents)
        #expect(hostile.contains("<h1>Hostile &quot;quoted&quot; \\ &lt;script&gt;alert(1)&lt;/script&gt; | [x](y) {z} `code` #1 *b* ~s~</h1>"))
        #expect(hostile.contains("&lt;img src=x onerror=alert(1)&gt; and [a link](javascript:alert(1))."))
        #expect(hostile.contains("<a href=\"https://example.com/(a)?b=1&amp;c=&#39;2&#39;#frag|x\">"))
        // The search index is data: the hostile name comes back whole from its JSON.
        let entries = try Self.searchEntries(site)
        let entry = try #require(entries.first { $0["id"] as? String == "hostile" })
        let tool = try #require(try FixtureCatalog.load().tool("hostile"))
        #expect(entry["name"] as? String == tool.name)
    }

    /// search.js's entries, read as JSON (the file is `window.stackcatSearch = [...];`).
    static func searchEntries(_ site: [(path: String, contents: String)]) throws -> [[String: Any]] {
        let text = try #require(site.first { $0.path == "search.js" }?.contents)
        let start = try #require(text.range(of: "window.stackcatSearch = ")).upperBound
        let json = text[start...].trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    /// The index ranks as `stackcat search` does because search.js carries `Search.Fields`, folded by
    /// the same code: the entries of tools and stacks are those fields, and a term the command finds
    /// in a description only is in the entry's text.
    @Test func theSearchIndexCarriesTheCommandsFields() throws {
        let catalog = try Repository.check().catalog
        let entries = try Self.searchEntries(SiteFiles(catalog: catalog, drawing: nil).all())
        #expect(entries.filter { $0["k"] as? String == "tool" }.count == catalog.tools.count)
        #expect(entries.filter { $0["k"] as? String == "stack" }.count == catalog.stacks.count)
        for tool in catalog.tools {
            let fields = Search.Fields(tool)
            let entry = try #require(entries.first { $0["k"] as? String == "tool" && $0["id"] as? String == tool.id })
            #expect(
                entry["i"] as? [String] == fields.ids && entry["n"] as? String == fields.name
                    && entry["g"] as? [String] == fields.tags && entry["x"] as? String == fields.text, "\(tool.id)")
        }
        // Every category in search.js has a tool (empty ones are left out, as everywhere).
        let generator = SiteGenerator(catalog: catalog)
        for entry in entries where entry["k"] as? String == "category" {
            #expect(generator.categoryCount(entry["id"] as! String) > 0)
        }
    }

    @Test func tileInitials() {
        #expect(SiteGenerator.initials(of: "Argo CD") == "AC")
        #expect(SiteGenerator.initials(of: "Velero") == "VE")
        #expect(SiteGenerator.initials(of: "k3s") == "K3")
        #expect(SiteGenerator.initials(of: "X") == "X")
        #expect(SiteGenerator.initials(of: "— (–)") == "")
        #expect(SiteGenerator.initials(of: "élan vital") == "ÉV")
    }

    /// Every relative link of every page (the radar's blips too) names a file of the site; the others
    /// are http(s) or mailto.
    @Test func linksAreRelativeAndResolve() throws {
        for catalog in [try FixtureCatalog.load(), try InHouseCatalog.load(), try Repository.check().catalog] {
            let site = files(catalog)
            let paths = Set(site.map(\.path))
            for (path, contents) in site where path.hasSuffix(".html") {
                let directory = path.contains("/") ? String(path.split(separator: "/")[0]) + "/" : ""
                for piece in contents.components(separatedBy: "href=\"").dropFirst() {
                    let href = String(piece.prefix { $0 != "\"" && $0 != "#" })
                    if href.isEmpty || href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { continue }
                    #expect(!href.contains(":"), "\(path): \(href)")
                    #expect(!href.hasPrefix("/"), "\(path): \(href)")
                    let target = href.hasPrefix("../") ? String(href.dropFirst(3)) : directory + href
                    #expect(paths.contains(target), "\(path): \(href)")
                }
            }
        }
    }

    /// The page folds a query with the same table as `Search.fold` folds the keys.
    @Test func theScriptFoldsLikeSearch() throws {
        let script = try #require(files(try FixtureCatalog.load()).first { $0.path == "site.js" }?.contents)
        #expect(script.hasPrefix(SiteGenerator.assetMarker + "\n"))
        for (scalar, folded) in TextFolding.latin {
            let hex = String(scalar, radix: 16)
            #expect(script.contains("\"\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "\":\"" + folded + "\""))
        }
        #expect(Search.fold("VÉLERO ｓｐｉｎ Ōld") == "velero spin old")
    }

    @Test func graphsComeAsSVGOrAsEdgeLists() throws {
        let generator = SiteGenerator(catalog: try FixtureCatalog.load())
        let page = try #require(generator.pages().first { $0.path == "tools/spinnaker.html" })
        let dot = try #require(generator.dot(of: page))
        #expect(dot.contains("digraph"))
        let listed = generator.contents(of: page, svg: nil)
        #expect(listed.contains("<td><a href=\"../tools/spinnaker.html\">Spinnaker</a></td><td><a href=\"../relations/deploys-to.html\">deploys to</a></td>"))
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Generated by graphviz -->\n<svg width=\"10pt\"><!-- n -->\n<g/></svg>\n"
        let drawn = generator.contents(of: page, svg: svg)
        #expect(drawn.contains("<div class=\"graph-svg\">\n<svg width=\"10pt\">\n<g/></svg>\n</div>"))
        #expect(!drawn.contains("<?xml") && !drawn.contains("graphviz"))
        // Pages without a graph ask for none.
        let relation = try #require(generator.pages().first { $0.path.hasPrefix("relations/") })
        #expect(generator.dot(of: relation) == nil)
    }
}

@Suite("site views")
struct SiteViewTests {
    /// Every field of a view answers to its name, as `Mirror` finds it: the hand-written
    /// `value(named:)` lists stay in step with the structs.
    @Test func everyFieldAnswersToItsName() throws {
        let generator = SiteGenerator(catalog: try FixtureCatalog.load())
        let tool = try #require(generator.catalog.tool("spinnaker"))
        let stack = try #require(generator.catalog.stack("demo"))
        let inHouse = SiteGenerator(catalog: try InHouseCatalog.load())
        let team = try #require(inHouse.catalog.team("team-checkout"))
        let shop = try #require(inHouse.catalog.stack("shop"))
        var values: [Any] = [
            inHouse.teamView(team), inHouse.stackView(shop, picture: nil), inHouse.indexView(picture: nil),
            generator.indexView(picture: nil), generator.toolView(tool, picture: nil),
            generator.stackView(stack, picture: nil), generator.scriptView(),
            generator.categoryView(generator.catalog.categories[0], picture: nil),
            generator.relationView(generator.catalog.relationTypes[0])
        ]
        var seen: Set<String> = []
        while let value = values.popLast() {
            guard let parent = value as? any TemplateObject else { continue }
            seen.insert(String(describing: type(of: value)))
            for child in Mirror(reflecting: value).children {
                let label = try #require(child.label)
                let unwrapped: Any? =
                    Mirror(reflecting: child.value).displayStyle == .optional
                    ? Mirror(reflecting: child.value).children.first?.value : child.value
                let answered: Bool
                switch parent.value(named: label) {
                case .none: answered = false
                case .text, .flag, .list, .object: answered = true
                }
                #expect(answered == (unwrapped != nil), "\(type(of: value)).\(label)")
                if let unwrapped { values += (unwrapped as? [Any]) ?? [unwrapped] }
            }
        }
        #expect(seen.count >= 14, "\(seen.sorted())")
    }
}
