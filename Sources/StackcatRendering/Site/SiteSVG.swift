import StackcatModel
import StackcatQuery

/// Graphviz's SVG made fit to sit inside an HTML page.
enum SiteSVG {
    /// From the `<svg` element on, without the XML declaration, the doctype and comments (which name
    /// the Graphviz version and the graph). Graphviz has escaped every text it drew.
    /// Works on bytes: the SVG of a tool's neighbourhood is tens of kilobytes with a comment per node
    /// and edge, and the standard library's substring search took a quarter of `site`'s time.
    static func inline(_ svg: String) -> String {
        var svg = svg
        return svg.withUTF8 { bytes in
            guard let start = find("<svg", in: bytes, from: 0) else { return "" }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count - start)
            var next = start
            while let comment = find("<!--", in: bytes, from: next) {
                out.append(contentsOf: bytes[next..<comment])
                guard let end = find("-->", in: bytes, from: comment + 4) else {
                    next = bytes.count
                    break
                }
                next = end + 3
                // The line the comment stood on is left empty: drop its line break too.
                if next < bytes.count && bytes[next] == UInt8(ascii: "\n") && (out.isEmpty || out.last == UInt8(ascii: "\n")) {
                    next += 1
                }
            }
            out.append(contentsOf: bytes[next...])
            while out.last == UInt8(ascii: "\n") { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Where `needle` (ASCII) next starts in `bytes` at or after `from`.
    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}

extension SiteSVG {
    /// The radar's SVG inside a page. Its blips are links, and the children of `role="img"` are
    /// hidden from assistive technology, so the picture becomes a labelled group: the links and the
    /// legend's names can be reached and read. (The page's tables list the same numbers as text.)
    static func radar(_ svg: String) -> String {
        var text = inline(svg)
        if let role = text.firstRange(of: " role=\"img\"") { text.replaceSubrange(role, with: " role=\"group\"") }
        return text
    }
}

extension SiteSVG {
    /// A legend sample of a kind of node, drawn as Graphviz draws it (`DOTFormat.nodeAttributes`):
    /// the shape by hosting, rounded for managed, dashed for trial or assess, grey for hold, shaded for
    /// in-house parts and groups. Decorative: the legend's text says what it means.
    static func swatch(for node: Graph.Node) -> String {
        let ink = node.ring == .hold ? "#999999" : "#000000"
        var fill = "#ffffff"
        if node.isInHouse { fill = "#fff7e0" } else if node.count != nil { fill = "#eef3f8" }
        let dash = node.ring == .trial || node.ring == .assess ? " stroke-dasharray=\"4,2\"" : ""
        let paint = "fill=\"\(fill)\" stroke=\"\(ink)\"\(dash)"
        let shape: String
        if node.count != nil {
            shape = "<rect x=\"2\" y=\"3\" width=\"30\" height=\"14\" rx=\"4\" \(paint)/>"
        } else {
            switch node.hosting {
            case .selfHosted?: shape = "<rect x=\"2\" y=\"3\" width=\"30\" height=\"14\" \(paint)/>"
            case .managed?: shape = "<rect x=\"2\" y=\"3\" width=\"30\" height=\"14\" rx=\"4\" \(paint)/>"
            case .saas?: shape = "<ellipse cx=\"17\" cy=\"10\" rx=\"15\" ry=\"7\" \(paint)/>"
            case .library?:
                shape =
                    "<rect x=\"5\" y=\"3\" width=\"27\" height=\"14\" \(paint)/>"
                    + "<rect x=\"2\" y=\"5\" width=\"6\" height=\"3\" \(paint)/><rect x=\"2\" y=\"12\" width=\"6\" height=\"3\" \(paint)/>"
            case .specification?: shape = "<path d=\"M2 3H26L32 9V17H2ZM26 3V9H32\" \(paint)/>"
            case .pattern?: shape = "<path d=\"M2 10L8 3H26L32 10L26 17H8Z\" \(paint)/>"
            case .inHouse?, nil: shape = "<path d=\"M2 6H28V17H2ZM2 6L6 2H32V13L28 17M28 6L32 2\" \(paint)/>"
            }
        }
        return "<svg width=\"34\" height=\"20\" viewBox=\"0 0 34 20\" aria-hidden=\"true\" focusable=\"false\">\(shape)</svg>"
    }

    /// A legend sample of an edge style: its colour and line, an arrowhead unless the relation is
    /// symmetric, thick for a stack's flows.
    static func swatch(for style: EdgeStyle, symmetric: Bool, isFlow: Bool) -> String {
        let color = XMLText.escape(style.color)
        var line = "<line x1=\"2\" y1=\"8\" x2=\"\(symmetric ? 38 : 32)\" y2=\"8\" stroke=\"\(color)\" stroke-width=\"\(isFlow ? "2.5" : "1.2")\""
        switch style.line {
        case .solid: break
        case .dashed: line += " stroke-dasharray=\"5,2\""
        case .dotted: line += " stroke-dasharray=\"1.2,2.5\""
        }
        line += "/>"
        if !symmetric { line += "<path d=\"M31 4L39 8L31 12Z\" fill=\"\(color)\"/>" }
        return "<svg width=\"40\" height=\"16\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\">\(line)</svg>"
    }
}
