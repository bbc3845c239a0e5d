/// The `radar:` section of `categories.yaml`: which top-level categories each of the four radar
/// quadrants holds. Without it the radar groups categories by a documented default (`Radar`).
public struct RadarSettings: Sendable, Hashable, Codable {
    public struct Quadrant: Sendable, Hashable, Codable {
        public var name: Located<String>
        public var categories: [Located<String>]

        public init(name: Located<String>, categories: [Located<String>]) {
            self.name = name
            self.categories = categories
        }
    }

    /// Exactly four once validated; the loader keeps whatever the file holds so that validation can
    /// say what is wrong with it.
    public var quadrants: [Quadrant]
    /// The file the section is in, and the span of its `quadrants` value.
    public var path: String
    public var span: SourceSpan

    public init(quadrants: [Quadrant], path: String, span: SourceSpan) {
        self.quadrants = quadrants
        self.path = path
        self.span = span
    }
}
