/// A point in a source file: 1-based line, 1-based column counted in Unicode scalars (as libyaml
/// counts them), and the 0-based byte offset into the file.
///
/// Line and column are stored in 32 bits each (a catalog holds a few dozen spans per tool, so a span
/// of 32 bytes rather than 48 is a large part of its memory); values past `UInt32.max` are clamped.
public struct SourcePosition: Hashable, Sendable, Comparable {
    private var storedLine: UInt32
    private var storedColumn: UInt32
    public var offset: Int

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(line: Int, column: Int, offset: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }

    public static let start = SourcePosition(line: 1, column: 1, offset: 0)
}

extension SourcePosition: Codable {
    private enum CodingKeys: String, CodingKey { case line, column, offset }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column),
            offset: try container.decode(Int.self, forKey: .offset))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(offset, forKey: .offset)
    }
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
