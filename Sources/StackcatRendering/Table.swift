/// Rows and columns that any tabular format can render.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        /// A column that gives up width first when a terminal is too narrow (a summary).
        public var shrinks: Bool

        public init(_ title: String, shrinks: Bool = false) {
            self.title = title
            self.shrinks = shrinks
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// How a tabular output is shown: terminal width (nil when not a terminal) and colour.
public struct RenderOptions: Sendable {
    public var terminalWidth: Int?
    public var color: Bool

    public init(terminalWidth: Int? = nil, color: Bool = false) {
        self.terminalWidth = terminalWidth
        self.color = color
    }

    public static let plain = RenderOptions()
}

/// One way to render a `Table` (text, Markdown, CSV); `ListFormat.tableFormat` picks it.
public protocol TableFormat: Sendable {
    func render(_ table: Table, options: RenderOptions) -> String
}
