/// Text for XML and HTML content and attribute values (SVG, Graphviz HTML-like labels): markup
/// characters as entities; characters that XML 1.0 forbids (controls, U+FFFE, U+FFFF) dropped;
/// line breaks as spaces.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{85}": out += " "
            case "\u{FFFE}", "\u{FFFF}": continue
            default:
                if TerminalText.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
