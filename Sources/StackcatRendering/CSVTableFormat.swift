import StackcatModel

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. A cell
/// that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a leading
/// apostrophe, the usual defence. Control characters, which validation refuses anyway, never go out
/// raw: a C0 control (other than tab and line feed) or DEL becomes its Unicode Control Picture (ESC
/// is `␛`), a C1 or bidi control U+FFFD. Every cell of a valid catalog reads back exactly.
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
        var value = ControlCharacters.contains(text, allowTab: true) ? visibleControls(text) : text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        // By byte, not by Character: a combining mark after a line break makes one Character of both.
        if value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            return "\"" + value.replacingQuotes() + "\""
        }
        return value
    }
}

extension CSVTableFormat {
    static func visibleControls(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !ControlCharacters.isForbidden(scalar, allowTab: true) {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if scalar.value == 0x7F {
                out.append("\u{2421}")
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}

extension String {
    func replacingQuotes() -> String {
        // By scalar: a combining mark after a quote makes one Character of both.
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\"" { out.append(scalar) }
            out.append(scalar)
        }
        return String(out)
    }
}
