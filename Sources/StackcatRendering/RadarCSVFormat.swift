import StackcatQuery

/// A radar as the CSV that Thoughtworks' Build Your Own Radar reads: `name,ring,quadrant,isNew,status,description`,
/// one row per blip in legend order. `isNew` is the older versions' column; `status` the newer ones'
/// (`New`, `Moved In`, `Moved Out`, `No Change`), which they read in its place. Build Your Own Radar shows names and descriptions as HTML, so
/// `&`, `<` and `>` in them are written as entities; the CSV quoting is `CSVTableFormat`'s.
public enum RadarCSVFormat {
    public static let columns = ["name", "ring", "quadrant", "isNew", "status", "description"]

    public static func render(_ radar: Radar) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for blip in radar.blips {
            let row = [
                html(blip.name), blip.ring.rawValue, html(radar.quadrants[blip.quadrant].name),
                blip.isNew ? "TRUE" : "FALSE", status(blip.movement),
                html(blip.description + (blip.reviewed.map { " (reviewed \($0))" } ?? ""))
            ]
            out += row.map(CSVTableFormat.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Build Your Own Radar's `status` value.
    public static func status(_ movement: Radar.Movement) -> String {
        switch movement {
        case .new: return "New"
        case .movedIn: return "Moved In"
        case .movedOut: return "Moved Out"
        case .unchanged: return "No Change"
        }
    }

    static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
