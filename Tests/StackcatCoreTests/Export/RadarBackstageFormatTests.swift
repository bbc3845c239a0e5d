import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering

/// Issue 25: rings for Backstage's tech-radar plugin, checked against the shape of its zod parser
/// (`TechRadarLoaderResponseParser`, backstage/community-plugins
/// `workspaces/tech-radar/plugins/tech-radar-common/src/schema.ts`): the keys each object may have,
/// which are required, their types, and the references between them.
@Suite("Backstage tech-radar JSON")
struct RadarBackstageFormatTests {
    static let quadrantKeys: Set<String> = ["id", "name"]
    static let ringKeys: Set<String> = ["id", "name", "color", "description"]
    static let entryKeys: Set<String> = ["key", "id", "quadrant", "title", "url", "timeline", "description", "links"]
    static let snapshotKeys: Set<String> = ["date", "ringId", "description", "moved"]

    /// Every object of a response, checked as the parser checks it; returns the entries.
    static func check(_ text: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["quadrants", "rings", "entries"])
        let quadrants = try #require(json["quadrants"] as? [[String: Any]])
        #expect(quadrants.count == 4, "the plugin draws four quadrants")
        for quadrant in quadrants {
            #expect(Set(quadrant.keys) == quadrantKeys)
            #expect(quadrant["id"] is String && quadrant["name"] is String)
        }
        let quadrantIDs = quadrants.compactMap { $0["id"] as? String }
        #expect(Set(quadrantIDs).count == 4, "quadrant ids are unique")
        let rings = try #require(json["rings"] as? [[String: Any]])
        for ring in rings {
            #expect(Set(ring.keys).isSubset(of: ringKeys) && Set(["id", "name", "color"]).isSubset(of: Set(ring.keys)))
            #expect((ring["color"] as? String)?.hasPrefix("#") == true)
        }
        #expect(rings.compactMap { $0["id"] as? String } == ["adopt", "trial", "assess", "hold"])
        let entries = try #require(json["entries"] as? [[String: Any]])
        for entry in entries {
            #expect(Set(entry.keys).isSubset(of: entryKeys), "\(entry.keys)")
            for key in ["key", "id", "quadrant", "title"] { #expect(entry[key] is String, "\(key)") }
            #expect(quadrantIDs.contains(entry["quadrant"] as? String ?? ""))
            if let url = entry["url"] { #expect(url is String) }
            if let links = entry["links"] {
                for link in try #require(links as? [[String: Any]]) { #expect(Set(link.keys) == ["url", "title"]) }
            }
            let timeline = try #require(entry["timeline"] as? [[String: Any]])
            #expect(!timeline.isEmpty, "the plugin places an entry by its first snapshot")
            for snapshot in timeline {
                #expect(Set(snapshot.keys).isSubset(of: snapshotKeys))
                #expect(["adopt", "trial", "assess", "hold"].contains(snapshot["ringId"] as? String ?? ""))
                let date = try #require(snapshot["date"] as? String)
                #expect(CalendarDate.problem(iso: date) == nil, "z.coerce.date() reads \(date)")
                if let moved = snapshot["moved"] { #expect([-1, 0, 1].contains(moved as? Int ?? 9), "MovedState") }
            }
        }
        return entries
    }

    @Test func theBuiltInStackAgainstItsBaseline() throws {
        let catalog = try ExternalSchemaCheck.builtIn()
        let stack = try catalog.requireStack("mercari-2018")
        let radar = Radar(stack: stack, in: catalog, baseline: try catalog.requireStack("gke-panel-2018"))
        let entries = try Self.check(RadarBackstageFormat.render(radar))
        #expect(entries.map { $0["id"] as? String } == radar.blips.map(\.id), "legend order")
        #expect(Set(entries.compactMap { $0["key"] as? String }).count == entries.count, "React keys are unique")
        let spinnaker = try #require(entries.first { $0["id"] as? String == "spinnaker" })
        #expect(spinnaker["url"] as? String == catalog.tool("spinnaker")?.homepage)
        let snapshot = try #require((spinnaker["timeline"] as? [[String: Any]])?.first)
        #expect(snapshot["ringId"] as? String == stack.component("spinnaker")?.ring.rawValue)
        #expect(snapshot["date"] as? String == stack.asOf)
        #expect(RadarBackstageFormat.undated(radar).isEmpty)
    }

    @Test func movementIsMovedStateAndReviewDatesDateTheEntries() throws {
        let catalog = try FixtureCatalog.load()
        let radar = Radar(stack: catalog.stack("later")!, in: catalog, baseline: catalog.stack("demo")!)
        let entries = try Self.check(RadarBackstageFormat.render(radar))
        func snapshot(_ id: String) -> [String: Any]? { (entries.first { $0["id"] as? String == id }?["timeline"] as? [[String: Any]])?.first }
        // demo → later: hostile moved in (up, 1); spinnaker unchanged (0).
        #expect(snapshot("hostile")?["moved"] as? Int == 1)
        #expect((snapshot("hostile")?["description"] as? String)?.contains("moved in since demo") == true)
        #expect(snapshot("spinnaker")?["moved"] as? Int == 0)
        let back = Radar(stack: catalog.stack("demo")!, in: catalog, baseline: catalog.stack("later")!)
        let backEntries = try Self.check(RadarBackstageFormat.render(back))
        let hostile = (backEntries.first { $0["id"] as? String == "hostile" }?["timeline"] as? [[String: Any]])?.first
        #expect(hostile?["moved"] as? Int == -1)

        let inHouse = try InHouseCatalog.load()
        let shop = Radar(stack: try inHouse.requireStack("shop"), in: inHouse)
        let shopEntries = try Self.check(RadarBackstageFormat.render(shop))
        let datadog = (shopEntries.first { $0["id"] as? String == "datadog" }?["timeline"] as? [[String: Any]])?.first
        #expect(datadog?["date"] as? String == "2023-02-01")
    }

    /// Without `as_of` and review dates there is no date for a snapshot: `undated` names the blips,
    /// and the command refuses them (end to end, `radarForBackstageNeedsDates`).
    @Test func undatedBlipsAreNamed() throws {
        let catalog = try FixtureCatalog.load()
        var stack = try #require(catalog.stack("demo"))
        stack.asOf = nil
        for i in stack.components.indices { stack.components[i].reviewed = nil }
        let radar = Radar(stack: stack, in: catalog)
        #expect(RadarBackstageFormat.undated(radar) == radar.blips.map(\.id))
    }
}
