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
