/// A wide comparison on a terminal: the first column (the row labels) repeats in each block, and the
/// other columns are split into blocks that fit the width, rather than overflowing it.
public struct WrappedTableFormat: TableFormat {
    public init() {}

    public func render(_ table: Table, options: RenderOptions) -> String {
        let plain = TextTableFormat()
        guard let width = options.terminalWidth, table.columns.count > 2 else {
            return plain.render(table, options: options)
        }
        func columnWidth(_ i: Int) -> Int {
            table.rows.reduce(TerminalText.width(table.columns[i].title.uppercased())) {
                max($0, TerminalText.width(TerminalText.sanitize(i < $1.count ? $1[i] : "")))
            }
        }
        let labelWidth = columnWidth(0)
        // A column wider than the terminal still gets a block of its own, cut to fit.
        let budget = max(12, width - labelWidth - 2)
        var blocks: [[Int]] = []
        var current: [Int] = []
        var used = 0
        for i in 1..<table.columns.count {
            let w = min(columnWidth(i), budget)
            if !current.isEmpty && used + 2 + w > budget {
                blocks.append(current)
                current = []
                used = 0
            }
            current.append(i)
            used += (current.count > 1 ? 2 : 0) + w
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.map { block in
            let columns = [Table.Column(table.columns[0].title, shrinks: true)] + block.map { table.columns[$0] }.map { Table.Column($0.title, shrinks: true) }
            let rows = table.rows.map { row in [row[0]] + block.map { $0 < row.count ? row[$0] : "" } }
            return plain.render(Table(columns: columns, rows: rows), options: options)
        }.joined(separator: "\n")
    }
}
