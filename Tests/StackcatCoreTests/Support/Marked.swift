import StackcatCore

/// Text with position markers (1️⃣, 2️⃣, ...) placed where diagnostics should point. The markers are
/// removed; their positions are computed from the clean text, so no test counts columns by hand.
struct Marked {
    let text: String
    let positions: [Int: SourcePosition]

    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    init(_ source: String) {
        var clean = ""
        var found: [Int: Int] = [:]  // marker → byte offset in the clean text
        var rest = Substring(source)
        outer: while !rest.isEmpty {
            for (i, marker) in Self.markers.enumerated() where rest.hasPrefix(marker) {
                found[i + 1] = clean.utf8.count
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            clean.append(rest.removeFirst())
        }
        text = clean
        let sourceText = SourceText(path: "marked", text: clean)
        positions = found.mapValues { sourceText.position(ofOffset: $0) }
    }

    subscript(_ marker: Int) -> SourcePosition { positions[marker]! }

    /// "line:column" of a marker, as diagnostics print it.
    func at(_ marker: Int) -> String {
        let p = self[marker]
        return "\(p.line):\(p.column)"
    }
}
