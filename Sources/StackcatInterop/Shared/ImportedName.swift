/// A name as an import writes it: what the loader takes for a one-line value (rule `single-line`), so
/// that an imported catalog validates whatever the input's names hold. Line breaks become spaces; a
/// name longer than the loader's limit is cut at a word and ends in an ellipsis.
enum ImportedName {
    static let limit = 200

    static func of(_ text: String) -> String {
        var name = String(text.map { $0.isNewline ? " " : $0 })
        guard name.count > limit else { return name }
        name = String(name.prefix(limit - 1))
        if let space = name.lastIndex(of: " "), name.distance(from: name.startIndex, to: space) > limit / 2 {
            name = String(name[..<space])
        }
        return name + "…"
    }
}
