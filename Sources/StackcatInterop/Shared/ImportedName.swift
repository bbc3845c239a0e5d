/// A name as an import writes it: what the loader takes for a one-line value (rule `single-line`), so
/// that an imported catalog validates whatever the input's names hold. Line breaks become spaces; a
/// name longer than the loader's limit is cut at a word and ends in an ellipsis.
enum ImportedName {
    static let limit = 200

    /// The text with each line break made a space; other spacing is kept, so text without line breaks
    /// is written as it always was.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    static func of(_ text: String) -> String {
        var name = oneLine(text)
        guard name.count > limit else { return name }
        name = String(name.prefix(limit - 1))
        if let space = name.lastIndex(of: " "), name.distance(from: name.startIndex, to: space) > limit / 2 {
            name = String(name[..<space])
        }
        return name + "…"
    }
}
