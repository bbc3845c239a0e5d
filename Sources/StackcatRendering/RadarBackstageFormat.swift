import StackcatModel
import StackcatQuery

/// A radar as Backstage's tech-radar plugin (`@backstage-community/plugin-tech-radar`) loads it: its
/// `TechRadarLoaderResponse`, `{quadrants: [{id, name}], rings: [{id, name, color}], entries: [{id,
/// key, title, quadrant, description, url, links, timeline: [{moved, ringId, date, description}]}]}`.
/// The field names and types follow the plugin's zod parser, `TechRadarLoaderResponseParser` in
/// backstage/community-plugins, `workspaces/tech-radar/plugins/tech-radar-common/src/schema.ts`
/// (`date` is coerced to a date, so `YYYY-MM-DD` is read; `moved` is its `MovedState`: 1 up, that is
/// towards the centre, -1 down, 0 no change), and the order of its sample, `sampleTechRadarResponse.json`.
///
/// Each blip is one entry with one snapshot, dated by the component's `reviewed` or else the stack's
/// `as_of` (the plugin needs a date: `undated` lists the blips that have none). A baseline's movement
/// is the snapshot's `moved` and its description; a new blip has no `MovedState` of its own, so it is
/// `0` with "new since ..." in the description. Quadrant ids are the quadrant's first top-level
/// category id (`other` for one without), made unique with its number.
public enum RadarBackstageFormat {
    public static func render(_ radar: Radar) -> String {
        let ids = quadrantIDs(radar)
        let quadrants = radar.quadrants.map { q in JSONValue.object([("id", .string(ids[q.index] ?? "other")), ("name", .string(q.name))]) }
        let rings = Ring.allCases.map { ring in
            JSONValue.object([
                ("id", .string(ring.rawValue)), ("name", .string(ring.rawValue.uppercased())), ("color", .string(RadarSVGFormat.ringColors[ring]!))
            ])
        }
        let entries = radar.blips.map { blip in
            var entry: [(String, JSONValue)] = [
                ("id", .string(blip.id)), ("key", .string(blip.id)), ("title", .string(blip.name)),
                ("quadrant", .string(ids[blip.quadrant] ?? "other")), ("description", .string(blip.description))
            ]
            if let homepage = blip.homepage {
                entry.append(("url", .string(homepage)))
                entry.append(("links", .array([.object([("url", .string(homepage)), ("title", .string("Homepage"))])])))
            }
            var snapshot: [(String, JSONValue)] = [("moved", .int(moved(blip.movement))), ("ringId", .string(blip.ring.rawValue))]
            snapshot.append(("date", .string(blip.reviewed ?? radar.asOf ?? "")))
            snapshot.append(("description", .string(change(blip, in: radar))))
            entry.append(("timeline", .array([.object(snapshot)])))
            return JSONValue.object(entry)
        }
        return JSONValue.object([("quadrants", .array(quadrants)), ("rings", .array(rings)), ("entries", .array(entries))]).rendered()
    }

    /// The blips that have no date for their snapshot: no `reviewed`, and a stack without `as_of`.
    public static func undated(_ radar: Radar) -> [String] {
        radar.asOf != nil ? [] : radar.blips.filter { $0.reviewed == nil }.map(\.id)
    }

    /// The plugin's `MovedState`: 1 up (towards the centre), -1 down, 0 no change.
    static func moved(_ movement: Radar.Movement) -> Int {
        switch movement {
        case .movedIn: return 1
        case .movedOut: return -1
        case .new, .unchanged: return 0
        }
    }

    /// What the snapshot says: the ring in the stack, and the movement since the baseline.
    static func change(_ blip: Radar.Blip, in radar: Radar) -> String {
        let ring = blip.ring.rawValue
        var text = ring.prefix(1).uppercased() + ring.dropFirst() + " in \(radar.stackName)"
        if let baseline = radar.baseline {
            switch blip.movement {
            case .new: text += "; new since \(baseline)"
            case .movedIn: text += "; moved in since \(baseline)"
            case .movedOut: text += "; moved out since \(baseline)"
            case .unchanged: text += "; unchanged since \(baseline)"
            }
        }
        if let reviewed = blip.reviewed { text += " (reviewed \(reviewed))" }
        return text + "."
    }

    /// Each quadrant's id: its first top-level category, or `other`; a repeat gets its number.
    static func quadrantIDs(_ radar: Radar) -> [Int: String] {
        var ids: [Int: String] = [:]
        var taken: Set<String> = []
        for quadrant in radar.quadrants {
            var id = quadrant.categories.first ?? "other"
            if taken.contains(id) { id += "-\(quadrant.index + 1)" }
            taken.insert(id)
            ids[quadrant.index] = id
        }
        return ids
    }
}
