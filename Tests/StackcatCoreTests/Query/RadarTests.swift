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

@Suite("Tech radar")
struct RadarTests {
    /// A stack of `count` in-house components spread over the fixture's categories and rings.
    func crowdedStack(_ count: Int) -> Stack {
        let categories = ["cd", "orchestration", "delivery", "runtime", "unknown-category"]
        let components = (0..<count).map { i in
            Component(
                tool: nil, inHouseID: Located("part-\(i)", span: .fileStart), name: "Part <\(i)> & \"co\"",
                category: i % 7 == 0 ? nil : Located(categories[i % categories.count], span: .fileStart),
                ring: Ring.allCases[(i * 3) % 4], role: "Role \(i)", span: .fileStart)
        }
        return Stack(
            id: "crowded", path: "stacks/crowded.yaml", name: "Crowded", summary: "", description: nil, asOf: "2024-01-01",
            sources: [], components: components, flows: [])
    }

    @Test func blipsNeverOverlapAndStayInTheirSegment() throws {
        let catalog = try FixtureCatalog.load()
        for count in [1, 12, 150, 600] {
            let radar = Radar(stack: crowdedStack(count), in: catalog)
            #expect(radar.blips.count == count)
            #expect(radar.blips.map(\.number) == Array(1...count))
            for (i, a) in radar.blips.enumerated() {
                let r = (a.x * a.x + a.y * a.y).squareRoot()
                let ring = Ring.allCases.firstIndex(of: a.ring)!
                let inner = ring == 0 ? 0 : Radar.ringEdges[ring - 1] * radar.radius
                #expect(
                    r - Radar.blipRadius >= inner - 0.01 && r + Radar.blipRadius <= Radar.ringEdges[ring] * radar.radius + 0.01,
                    "blip \(a.number) inside its ring")
                // Zalando's quadrants: 0 bottom right (x > 0, y > 0), 1 bottom left, 2 top left, 3 top right.
                let signs = [(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)][a.quadrant]
                #expect(a.x * signs.0 >= Radar.blipRadius && a.y * signs.1 >= Radar.blipRadius, "blip \(a.number) inside its quadrant")
                for b in radar.blips[(i + 1)...] {
                    let d = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                    #expect(d >= 2 * Radar.blipRadius + 2, "blips \(a.number) and \(b.number) overlap at \(count)")
                }
            }
        }
    }

    @Test func placementIsDeterministic() throws {
        let catalog = try FixtureCatalog.load()
        let stack = crowdedStack(200)
        let first = RadarSVGFormat.render(Radar(stack: stack, in: catalog), title: nil)
        var shuffled = stack
        shuffled.components.reverse()
        #expect(RadarSVGFormat.render(Radar(stack: shuffled, in: catalog), title: nil) == first)
        #expect(Trigonometry.sin(Double.pi / 6) - 0.5 < 1e-12 && abs(Trigonometry.cos(Double.pi) + 1) < 1e-12)
    }

    @Test func baselineMarksNewAndMovedBlips() throws {
        let catalog = try FixtureCatalog.load()
        let radar = Radar(stack: catalog.stack("later")!, in: catalog, baseline: catalog.stack("demo")!)
        let movement = Dictionary(uniqueKeysWithValues: radar.blips.map { ($0.id, $0.movement) })
        // demo → later: hostile assess → adopt (in), gateway trial → adopt (in), spinnaker and kubernetes unchanged.
        #expect(movement["hostile"] == .movedIn)
        #expect(movement["gateway"] == .movedIn)
        #expect(movement["spinnaker"] == .unchanged)
        let back = Radar(stack: catalog.stack("demo")!, in: catalog, baseline: catalog.stack("later")!)
        #expect(back.blips.first { $0.id == "hostile" }?.movement == .movedOut)
        #expect(back.blips.first { $0.id == "old-tool" }?.movement == .new)
        // The same comparison as compare --stack A --stack B.
        let comparison = StackComparison(catalog.stack("demo")!, catalog.stack("later")!, in: catalog)
        for row in comparison.rows where row.before != nil && row.after != nil && row.before != row.after {
            #expect(movement[row.component] != .unchanged, "\(row.component)")
        }
    }

    @Test func csvAndJSONHaveTheirFormatsShape() throws {
        let catalog = try FixtureCatalog.load()
        let radar = Radar(stack: catalog.stack("demo")!, in: catalog, baseline: catalog.stack("later")!)
        let csv = RadarCSVFormat.render(radar)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "name,ring,quadrant,isNew,status,description")
        #expect(lines.count == radar.blips.count + 1)
        #expect(!csv.contains("<") && csv.contains("&lt;"), "names and descriptions are HTML-escaped for Build Your Own Radar")
        let json = try JSONSerialization.jsonObject(with: Data(RadarJSONFormat.render(radar).utf8)) as! [String: Any]
        #expect((json["quadrants"] as! [Any]).count == 4)
        #expect((json["rings"] as! [[String: Any]]).map { $0["name"] as! String } == ["ADOPT", "TRIAL", "ASSESS", "HOLD"])
        let entries = json["entries"] as! [[String: Any]]
        #expect(entries.count == radar.blips.count)
        for entry in entries {
            #expect(Set(entry.keys).isSubset(of: ["quadrant", "ring", "label", "active", "link", "moved"]))
            #expect((0...3).contains(entry["quadrant"] as! Int) && (0...3).contains(entry["ring"] as! Int))
            #expect([-1, 0, 1, 2].contains(entry["moved"] as! Int))
        }
    }

    @Test func svgIsWellFormedAndEscaped() throws {
        let catalog = try FixtureCatalog.load()
        let svg = RadarSVGFormat.render(Radar(stack: crowdedStack(40), in: catalog), title: "A <title> & \"quotes\"")
        #expect(svg.hasPrefix(DocsGenerator.marker + "\n<svg "))
        #expect(DocsGenerator.isGenerated(svg))
        // A real XML parser (Python's expat) reads it: one title, one group per blip.
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            ns = '{http://www.w3.org/2000/svg}'
            print(root.tag == ns + 'svg', root.find(ns + 'title').text, len(root.findall(ns + 'g[@class="blip"]')), sep='|')
            """
        let result = try ExternalTool.run("python3", ["-c", script], input: svg)
        #expect(result.status == 0, "python3 said \(result.stderr)")
        #expect(result.stdout == "True|A <title> & \"quotes\"|40\n")
    }

    @Test func quadrantsComeFromTheRadarSection() throws {
        let catalog = try Repository.check().catalog
        #expect(Radar.quadrants(of: catalog).map(\.name) == ["Platforms", "Networking", "Techniques", "Tools"])
        // Without a section: the three largest top-level categories, then the rest.
        let plain = try FixtureCatalog.load()
        #expect(plain.radar == nil)
        #expect(Radar.quadrants(of: plain).count == 4)
        #expect(Radar.quadrants(of: plain)[3].name == "Other" || Radar.quadrants(of: plain)[3].categories.count <= 1)
    }

    @Test func radarSectionProblemsArePositioned() {
        let file = """
            categories:
            - id: delivery
              name: Delivery
            - id: cd
              name: Continuous delivery
              parent: delivery
            - id: runtime
              name: Runtime
            - id: orchestration
              name: Orchestration
              parent: runtime
            radar:
              quadrants:
                - name: One
                  categories: [delivry]
                - name: Two
                  categories: [cd, runtime]
                - name: Three
                  categories: [runtime]

            """
        let report = Fixture.valid.with("categories.yaml", file).report().joined(separator: "\n")
        #expect(report.contains("catalog/categories.yaml:14:5: error: the radar has 3 quadrants; it needs exactly 4"))
        #expect(report.contains("catalog/categories.yaml:15:20: error: unknown category 'delivry'"))
        #expect(report.contains("did you mean 'delivery'?"))
        #expect(report.contains("catalog/categories.yaml:17:20: error: radar quadrants hold top-level categories; 'cd' is inside 'delivery'"))
        #expect(report.contains("catalog/categories.yaml:19:20: error: category 'runtime' is in two radar quadrants"))
        // The list form still reads, and the mapping form without a radar is fine.
        #expect(Fixture.valid.report().isEmpty)
        #expect(Fixture.valid.with("categories.yaml", "categories:\n" + Fixture.categories).report().isEmpty)
    }
}

@Suite("Radar review dates and in-house names")
struct RadarReviewTests {
    @Test func reviewDatesReachTheBlipsAndEveryFormat() throws {
        let catalog = try InHouseCatalog.load()
        let radar = Radar(stack: try catalog.requireStack("shop"), in: catalog)
        #expect(radar.blips.first { $0.id == "datadog" }?.reviewed == "2023-02-01")
        #expect(radar.blips.first { $0.id == "legacy-monolith" }?.reviewed == nil)
        let svg = RadarSVGFormat.render(radar, title: nil)
        #expect(svg.contains("(reviewed 2023-02-01)"))
        #expect(RadarCSVFormat.render(radar).contains("(reviewed 2024-06-30)"))
    }

    @Test func aNameThatSaysInHouseIsNotMarkedAgain() throws {
        let catalog = try InHouseCatalog.load()
        let svg = RadarSVGFormat.render(Radar(stack: try catalog.requireStack("shop"), in: catalog), title: nil)
        #expect(svg.contains("Legacy monolith (in-house, PHP)"))
        #expect(!svg.contains("(in-house, PHP) (in-house"))
    }
}
