/// Aligned columns for a terminal. On a terminal the shrinking columns are cut to fit its width;
/// elsewhere nothing is cut, so pipes and files get every character.
public struct TextTableFormat: TableFormat {

    public init() {}

    public func render(_ table: Table, options: RenderOptions) -> String {
        let header = table.columns.map { $0.title.uppercased() }
        let rows = table.rows.map { $0.map(TerminalText.sanitize) }
        var widths = header.map(TerminalText.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TerminalText.width(cell))
            }
        }
        if let available = options.terminalWidth {
            fit(&widths, columns: table.columns, into: available)
        }
        var out = ""
        let lastIndex = table.columns.count - 1
        func line(_ cells: [String], bold: Bool) {
            var text = ""
            for (i, cell) in cells.enumerated() where i <= lastIndex {
                let cut = TerminalText.truncate(cell, to: widths[i])
                text += i == lastIndex ? cut : TerminalText.pad(cut, to: widths[i]) + "  "
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += bold && options.color ? "\u{1B}[1m" + text + "\u{1B}[0m\n" : text + "\n"
        }
        line(header, bold: true)
        for row in rows { line(row, bold: false) }
        return out
    }

    private func fit(_ widths: inout [Int], columns: [Table.Column], into available: Int) {
        let gaps = 2 * max(0, widths.count - 1)
        var excess = widths.reduce(0, +) + gaps - available
        guard excess > 0 else { return }
        // Shrinking columns give way from the right, first down to 12 columns each, then down to 8.
        for floor in [12, 8] {
            for (i, column) in columns.enumerated().reversed() where column.shrinks && excess > 0 {
                let minimum = min(widths[i], floor)
                let cut = min(excess, max(0, widths[i] - minimum))
                widths[i] -= cut
                excess -= cut
            }
        }
    }
}
