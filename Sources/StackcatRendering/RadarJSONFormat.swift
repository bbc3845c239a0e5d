import StackcatModel
import StackcatQuery

/// A radar as the configuration that Zalando's tech-radar (`radar_visualization`) takes: title,
/// date, the four quadrants (0 bottom right, counting clockwise), the four rings (0 innermost), and
/// one entry per blip with `quadrant`, `ring`, `label`, `active`, `link` and `moved` (2 new, 1 moved in,
/// -1 moved out, 0 unchanged, as its current version reads them). Entries are in legend order,
/// so Zalando's numbering matches stackcat's.
public enum RadarJSONFormat {
    public static func render(_ radar: Radar, title: String? = nil) -> String {
        var config: [(String, JSONValue)] = [("title", .string(title ?? RadarSVGFormat.defaultTitle(radar)))]
        if let asOf = radar.asOf { config.append(("date", .string(asOf))) }
        config.append(("quadrants", .array(radar.quadrants.map { .object([("name", .string($0.name))]) })))
        config.append(
            (
                "rings",
                .array(
                    Ring.allCases.map {
                        .object([("name", .string($0.rawValue.uppercased())), ("color", .string(RadarSVGFormat.ringColors[$0]!))])
                    })
            ))
        config.append(
            (
                "entries",
                .array(
                    radar.blips.map { blip in
                        var entry: [(String, JSONValue)] = [
                            ("quadrant", .int(blip.quadrant)),
                            ("ring", .int(Ring.allCases.firstIndex(of: blip.ring)!)),
                            ("label", .string(blip.name)),
                            ("active", .bool(true))
                        ]
                        if let link = blip.homepage { entry.append(("link", .string(link))) }
                        let moved: Int
                        switch blip.movement {
                        case .movedIn: moved = 1
                        case .movedOut: moved = -1
                        case .new: moved = 2
                        case .unchanged: moved = 0
                        }
                        entry.append(("moved", .int(moved)))
                        return .object(entry)
                    })
            ))
        return JSONValue.object(config).rendered()
    }
}
