/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. A cell
/// that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a leading
/// apostrophe, the usual defence; every other cell reads back exactly.
public struct CSVTableFormat: TableFormat {

    public init() {}

    public func render(_ table: Table, options: RenderOptions) -> String {
        var out = table.columns.map { Self.field($0.title) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + value.replacingQuotes() + "\""
        }
        return value
    }
}

extension String {
    func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out
    }
}
