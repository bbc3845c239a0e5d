/// Graphviz's SVG made fit to sit inside an HTML page.
enum SiteSVG {
    /// From the `<svg` element on, without the XML declaration, the doctype and comments (which name
    /// the Graphviz version and the graph). Graphviz has escaped every text it drew.
    static func inline(_ svg: String) -> String {
        guard let start = svg.firstRange(of: "<svg") else { return "" }
        var rest = svg[start.lowerBound...]
        var out = ""
        out.reserveCapacity(rest.utf8.count)
        while let comment = rest.firstRange(of: "<!--") {
            out += rest[..<comment.lowerBound]
            guard let end = rest[comment.upperBound...].firstRange(of: "-->") else { rest = rest[rest.endIndex...]; break }
            rest = rest[end.upperBound...]
            // The line the comment stood on is left empty: drop its line break too.
            if rest.first == "\n" && (out.last == "\n" || out.isEmpty) { rest = rest.dropFirst() }
        }
        out += rest
        while out.last == "\n" { out.removeLast() }
        return out
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
