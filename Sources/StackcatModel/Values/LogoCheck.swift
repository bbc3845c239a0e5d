/// A logo: an SVG or PNG file inside the catalog that a tool, a team or the site (`logo:`) names by
/// a relative path. What is checked here needs no file system: the path's form, the file's type by its
/// first bytes, its size, and an SVG's scripts and external references. The executable reads the
/// file (confined to the catalog) and hands its bytes or why it could not.
public enum LogoCheck {
    /// The largest logo, in bytes: a tile's picture, not a poster.
    public static let sizeLimit = 256 << 10

    /// The two kinds of picture a logo may be.
    public enum Format: String, Sendable {
        case svg, png
    }

    /// What reading a logo gave.
    public enum Outcome: Sendable {
        case bytes([UInt8])
        case missing
        /// A directory, a device or anything else that is not a regular file.
        case notAFile
        case tooLarge(Int)
        /// The path, or a symbolic link on it, leads outside the catalog directory.
        case outside
        case unreadable(String)
    }

    /// Why a `logo:` value is not a usable path, or nil: relative, inside the catalog (no `..`), made of
    /// letters, digits, `.`, `-` and `_` between slashes, ending in `.svg` or `.png`.
    public static func pathProblem(_ path: String) -> String? {
        if path.isEmpty { return "it is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "it is absolute; write it relative to the catalog directory (logos/name.svg)" }
        if path.contains("://") || path.hasPrefix("data:") { return "it is a URL; a logo is a file inside the catalog (logos/name.svg)" }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if segment == ".." { return "it leaves the catalog ('..'); logos are files inside the catalog directory" }
            if segment.isEmpty || segment == "." { return "it has an empty or '.' segment" }
            if segment.hasPrefix(".") { return "a segment starts with '.'" }
            if !segment.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }) {
                return "it may hold only letters, digits, '.', '-' and '_' between slashes"
            }
        }
        if format(ofName: path) == nil { return "it does not end in .svg or .png" }
        return nil
    }

    /// The format a file name promises, by its extension (any case).
    public static func format(ofName path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".svg") { return .svg }
        if lower.hasSuffix(".png") { return .png }
        return nil
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The format the bytes are, by their first bytes: PNG's signature, or UTF-8 text whose first
    /// element (after a byte-order mark, an XML declaration, comments and a doctype) is `<svg`.
    public static func format(of bytes: [UInt8]) -> Format? {
        if bytes.starts(with: pngSignature) { return .png }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var rest = Substring(text)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<?xml") || rest.hasPrefix("<!DOCTYPE") || rest.hasPrefix("<!--") {
                let end = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let close = rest.firstRange(of: end) else { return nil }
                rest = rest[close.upperBound...]
                continue
            }
            return rest.hasPrefix("<svg") ? .svg : nil
        }
    }

    /// An SVG's text without a byte-order mark and without its XML declaration, so that a comment (a
    /// marker line) may come first: the declaration is only allowed at the very start.
    public static func svgBody(_ bytes: [UInt8]) -> Substring {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<?xml"), let end = trimmed.firstRange(of: "?>") { text = trimmed[end.upperBound...].drop { $0.isWhitespace } }
        return text
    }

    /// A PNG's width and height from its header, or nil.
    public static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count >= 24, bytes.starts(with: pngSignature) else { return nil }
        func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let size = (word(16), word(20))
        return size.0 > 0 && size.1 > 0 ? size : nil
    }

    /// Why an SVG logo could run code or reach beyond itself: `<script`, an `on...=` event attribute,
    /// a `javascript:` URL (scripts); an `href`, `xlink:href` or `url(` that names anything but a
    /// `#fragment` of the file or a `data:image/` picture (external references). Case is ignored.
    public static func svgProblems(_ bytes: [UInt8]) -> (scripts: [String], references: [String]) {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        var scripts: [String] = []
        var references: [String] = []
        if text.contains("<script") { scripts.append("a <script> element") }
        if text.contains("javascript:") { scripts.append("a javascript: URL") }
        if let handler = eventAttribute(in: text) { scripts.append("an event attribute (\(handler)=)") }
        if text.contains("<foreignobject") { scripts.append("a <foreignObject> element (HTML inside the picture)") }
        if text.contains("@import") { references.append("an @import of a style sheet") }
        for target in referenceTargets(in: text) where !isLocal(target) {
            references.append(target.count > 60 ? String(target.prefix(57)) + "..." : target)
        }
        return (scripts, references)
    }

    /// The first `on<letters>=` attribute name after whitespace inside a tag, or nil.
    static func eventAttribute(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var inTag = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" { inTag = true } else if c == ">" { inTag = false }
            if inTag, c == "o", i + 2 < scalars.count, scalars[i + 1] == "n", i > 0,
                scalars[i - 1] == " " || scalars[i - 1] == "\n" || scalars[i - 1] == "\t" || scalars[i - 1] == "\r" || scalars[i - 1] == "/"
            {
                var j = i + 2
                while j < scalars.count, ("a"..."z").contains(scalars[j]) { j += 1 }
                var k = j
                while k < scalars.count, scalars[k] == " " { k += 1 }
                if j > i + 2, k < scalars.count, scalars[k] == "=" {
                    return String(String.UnicodeScalarView(scalars[i..<j]))
                }
            }
            i += 1
        }
        return nil
    }

    /// The values of `href=` / `xlink:href=` attributes and of `url(...)`, quotes and spaces trimmed.
    static func referenceTargets(in text: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(text)
        while let found = rest.firstRange(of: "href") {
            var after = rest[found.upperBound...].drop { $0 == " " }
            if after.first == "=" {
                after = after.dropFirst().drop { $0 == " " }
                if let quote = after.first, quote == "\"" || quote == "'" {
                    let value = after.dropFirst().prefix { $0 != quote }
                    targets.append(String(value).trimmingWhitespace())
                } else {
                    targets.append(String(after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }))
                }
            }
            rest = rest[found.upperBound...]
        }
        rest = Substring(text)
        while let found = rest.firstRange(of: "url(") {
            let value = rest[found.upperBound...].prefix { $0 != ")" }
            targets.append(String(value).trimmingWhitespace().trimmingCharacters(in: "\"'"))
            rest = rest[found.upperBound...]
        }
        return targets
    }

    static func isLocal(_ target: String) -> Bool {
        target.hasPrefix("#") || target.hasPrefix("data:image/")
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var value = Substring(self)
        while let first = value.first, set.contains(first) { value.removeFirst() }
        while let last = value.last, set.contains(last) { value.removeLast() }
        return String(value)
    }
}
