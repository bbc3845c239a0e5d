import StackcatModel
import StackcatQuery

/// A self-contained SVG of a `Radar`: the rings and quadrants, one numbered blip per component
/// (coloured by ring; a triangle when it moved, a double circle when new, hollow when in-house),
/// a legend of numbered names per quadrant at the sides, and a key of the blip shapes it uses.
/// Accessible: `role="img"` with a `<title>` and `<desc>`, and a `<title>` tooltip on every blip.
/// No scripts, no external fonts or images; every text is escaped.
public enum RadarSVGFormat {
    /// The ring colours: Okabe-Ito hues, darkened where white numbers need the contrast.
    public static let ringColors: [Ring: String] = [.adopt: "#00785a", .trial: "#0072b2", .assess: "#e69f00", .hold: "#b34700"]
    static let numberColors: [Ring: String] = [.adopt: "#ffffff", .trial: "#ffffff", .assess: "#000000", .hold: "#ffffff"]

    /// The SVG text, starting with the generated-file marker as an XML comment.
    /// - Parameters:
    ///   - title: shown above the radar; nil: "Tech radar: <stack> (<date>)".
    ///   - link: where a blip links to (e.g. a tool page of a site); nil: no links.
    public static func render(_ radar: Radar, title: String?, link: ((Radar.Blip) -> String?)? = nil) -> String {
        let title = title ?? defaultTitle(radar)
        let r = radar.radius
        let pad = 20.0
        let gap = 30.0
        let lineHeight = 16.0
        // Text widths are estimated (no font metrics here): 6.6 px per terminal column at 12 px.
        let longest = (radar.blips.map { TerminalText.width(legendText($0)) } + radar.quadrants.map { TerminalText.width($0.name) * 8 / 7 }).max() ?? 0
        let legendWidth = max(180.0, Double(longest) * 6.6 + 10)
        let titleHeight = 40.0
        let cx = pad + legendWidth + gap + r
        let cy = pad + titleHeight + r
        let width = cx + r + gap + legendWidth + pad

        var body = ""
        // Rings, outermost first so that inner ones paint over.
        for ring in Ring.allCases.indices.reversed() {
            let fill = ring % 2 == 0 ? "#f3f3f3" : "#e9e9e9"
            body += "  <circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(Radar.ringEdges[ring] * r))\" fill=\"\(fill)\" stroke=\"#bbbbbb\"/>\n"
        }
        body += "  <line x1=\"\(n(cx - r))\" y1=\"\(n(cy))\" x2=\"\(n(cx + r))\" y2=\"\(n(cy))\" stroke=\"#bbbbbb\"/>\n"
        body += "  <line x1=\"\(n(cx))\" y1=\"\(n(cy - r))\" x2=\"\(n(cx))\" y2=\"\(n(cy + r))\" stroke=\"#bbbbbb\"/>\n"
        // Ring names along the horizontal axis, on both sides.
        for (i, ring) in Ring.allCases.enumerated() {
            let inner = i == 0 ? 0 : Radar.ringEdges[i - 1] * r
            let middle = (inner + Radar.ringEdges[i] * r) / 2
            for x in [cx - middle, cx + middle] {
                body +=
                    "  <text x=\"\(n(x))\" y=\"\(n(cy - 6))\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#777777\" letter-spacing=\"1\">\(ring.rawValue.uppercased())</text>\n"
            }
        }
        for blip in radar.blips { body += blipElement(blip, cx: cx, cy: cy, link: link) }

        // Legends: left column top left (2) then bottom left (1); right column top right (3) then bottom right (0).
        var bottom = cy + r
        for (column, order) in [(pad, [2, 1]), (cx + r + gap, [3, 0])] {
            var y = pad + titleHeight
            for (k, q) in order.enumerated() {
                if k == 1 { y = max(y + lineHeight, cy + 10) }
                let quadrant = radar.quadrants[q]
                y += 14
                body += "  <text x=\"\(n(column))\" y=\"\(n(y))\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">\(escape(quadrant.name))</text>\n"
                y += 6
                for ring in Ring.allCases {
                    let members = radar.blips.filter { $0.quadrant == q && $0.ring == ring }
                    guard !members.isEmpty else { continue }
                    y += lineHeight + 2
                    body +=
                        "  <text x=\"\(n(column))\" y=\"\(n(y))\" font-size=\"11\" font-weight=\"bold\" fill=\"\(ringColors[ring]!)\" letter-spacing=\"1\">\(ring.rawValue.uppercased())</text>\n"
                    for blip in members {
                        y += lineHeight
                        body += "  <text x=\"\(n(column))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#222222\">\(escape(legendText(blip)))</text>\n"
                    }
                }
                if radar.blips.allSatisfy({ $0.quadrant != q }) {
                    y += lineHeight
                    body += "  <text x=\"\(n(column))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#777777\">(none)</text>\n"
                }
                bottom = max(bottom, y)
            }
        }

        // The key: only the blip kinds drawn.
        var keys: [(String, String)] = []
        func sample(_ movement: Radar.Movement, inHouse: Bool) -> String {
            let blip = Radar.Blip(
                number: 0, id: "", name: "", ring: .adopt, quadrant: 0, category: nil, isInHouse: inHouse,
                movement: movement, description: "", homepage: nil, x: 0, y: 0)
            return shape(blip, x: 0, y: 0)
        }
        let movements = Set(radar.blips.map(\.movement))
        if radar.baseline != nil || movements.count > 1 {
            let baseline = radar.baseline.map { " since \($0)" } ?? ""
            if movements.contains(.unchanged) { keys.append((sample(.unchanged, inHouse: false), radar.baseline == nil ? "tool" : "unchanged\(baseline)")) }
            if movements.contains(.new) { keys.append((sample(.new, inHouse: false), "new\(baseline)")) }
            if movements.contains(.movedIn) { keys.append((sample(.movedIn, inHouse: false), "moved in\(baseline)")) }
            if movements.contains(.movedOut) { keys.append((sample(.movedOut, inHouse: false), "moved out\(baseline)")) }
        }
        if radar.blips.contains(where: \.isInHouse) {
            if keys.isEmpty { keys.append((sample(.unchanged, inHouse: false), "catalog tool")) }
            keys.append((sample(.unchanged, inHouse: true), "in-house"))
        }
        var keyText = ""
        if !keys.isEmpty {
            var x = cx - r
            let y = bottom + 30
            for (shape, label) in keys {
                keyText += "  <g transform=\"translate(\(n(x + 12)),\(n(y)))\">\(shape)</g>\n"
                keyText += "  <text x=\"\(n(x + 30))\" y=\"\(n(y + 4))\" font-size=\"12\" fill=\"#222222\">\(escape(label))</text>\n"
                x += 40 + Double(TerminalText.width(label)) * 6.6 + 20
            }
            bottom = y + 10
        }
        let height = bottom + pad

        var out = DocsGenerator.marker + "\n"
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"radar-title radar-desc\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        out += "  <title id=\"radar-title\">\(escape(title))</title>\n"
        out += "  <desc id=\"radar-desc\">\(escape(description(radar)))</desc>\n"
        out += "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        out += "  <text x=\"\(n(pad))\" y=\"\(n(pad + 20))\" font-size=\"20\" font-weight=\"bold\" fill=\"#222222\">\(escape(title))</text>\n"
        out += body + keyText + "</svg>\n"
        return out
    }

    public static func defaultTitle(_ radar: Radar) -> String {
        "Tech radar: " + radar.stackName + (radar.asOf.map { ", as of \($0)" } ?? "")
    }

    /// What a screen reader says about the picture as a whole; the legend carries the names.
    static func description(_ radar: Radar) -> String {
        let counts = Ring.allCases.map { ring in "\(radar.blips.filter { $0.ring == ring }.count) \(ring.rawValue)" }
        var text = "\(radar.blips.count) components of \(radar.stackName) in four quadrants ("
        text += radar.quadrants.map(\.name).joined(separator: ", ") + ") and four rings from the centre: " + counts.joined(separator: ", ") + "."
        if let baseline = radar.baseline {
            let new = radar.blips.filter(\.isNew).count
            let moved = radar.blips.filter { $0.movement == .movedIn || $0.movement == .movedOut }.count
            text += " Since \(baseline): \(new) new, \(moved) moved."
        }
        return text + " Numbers refer to the legend."
    }

    static func legendText(_ blip: Radar.Blip) -> String {
        var marks: [String] = []
        // Names that already say so are not marked twice, as in `Component.inHouseDisplayName`.
        if blip.isInHouse && !blip.name.lowercased().contains("in-house") { marks.append("in-house") }
        switch blip.movement {
        case .unchanged: break
        case .new: marks.append("new")
        case .movedIn: marks.append("moved in")
        case .movedOut: marks.append("moved out")
        }
        return "\(blip.number). \(blip.name)" + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")")
    }

    static func blipElement(_ blip: Radar.Blip, cx: Double, cy: Double, link: ((Radar.Blip) -> String?)?) -> String {
        let x = cx + blip.x
        let y = cy + blip.y
        var tooltip = "\(blip.number). \(blip.name): \(blip.ring.rawValue)"
        if !blip.description.isEmpty { tooltip += ". " + blip.description }
        if let reviewed = blip.reviewed { tooltip += " (reviewed \(reviewed))" }
        var element = "<g class=\"blip\"><title>\(escape(tooltip))</title>\(shape(blip, x: x, y: y))</g>"
        if let href = link?(blip) { element = "<a href=\"\(escape(href))\">\(element)</a>" }
        return "  " + element + "\n"
    }

    /// The blip's shape and number, centred on (x, y).
    static func shape(_ blip: Radar.Blip, x: Double, y: Double) -> String {
        let color = ringColors[blip.ring]!
        let fill = blip.isInHouse ? "#ffffff" : color
        let textColor = blip.isInHouse ? "#000000" : numberColors[blip.ring]!
        let stroke = blip.isInHouse ? " stroke=\"\(color)\" stroke-width=\"2.5\"" : ""
        var out: String
        var textY = y + 3.5
        switch blip.movement {
        case .unchanged:
            out = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(Radar.blipRadius))\" fill=\"\(fill)\"\(stroke)/>"
        case .new:
            out = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(Radar.blipRadius + 2.5))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
            out += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(Radar.blipRadius - 1))\" fill=\"\(fill)\"\(stroke)/>"
        case .movedIn:
            out = "<path d=\"M \(n(x)) \(n(y - 12)) L \(n(x + 11)) \(n(y + 8)) L \(n(x - 11)) \(n(y + 8)) Z\" fill=\"\(fill)\"\(stroke)/>"
            textY = y + 5.5
        case .movedOut:
            out = "<path d=\"M \(n(x)) \(n(y + 12)) L \(n(x + 11)) \(n(y - 8)) L \(n(x - 11)) \(n(y - 8)) Z\" fill=\"\(fill)\"\(stroke)/>"
            textY = y + 1.5
        }
        let number = blip.number == 0 ? "" : String(blip.number)
        let size = number.count > 2 ? 8 : 10
        out += "<text x=\"\(n(x))\" y=\"\(n(textY))\" text-anchor=\"middle\" font-size=\"\(size)\" font-weight=\"bold\" fill=\"\(textColor)\">\(number)</text>"
        return out
    }

    /// A coordinate with at most one decimal, written the same way on every machine.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
