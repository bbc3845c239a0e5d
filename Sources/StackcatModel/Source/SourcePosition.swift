/// A point in a source file: 1-based line, 1-based column counted in Unicode scalars (as libyaml
/// counts them), and the 0-based byte offset into the file.
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }

    public static let start = SourcePosition(line: 1, column: 1, offset: 0)
}

/// A half-open stretch of one file, from `start` up to (not including) `end`.
public struct SourceSpan: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static let fileStart = SourceSpan(start: .start, end: .start)
}

/// A span together with the file it belongs to, as diagnostics print it.
public struct SourceLocation: Hashable, Sendable {
    public var path: String
    public var span: SourceSpan

    public init(path: String, span: SourceSpan) {
        self.path = path
        self.span = span
    }
}
