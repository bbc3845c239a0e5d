/// A size in bytes as the command line writes it: `16777216`, `512K`, `16M`, `1G` (binary
/// multiples: K is 1,024 bytes, M 1,048,576, G 1,073,741,824), with an optional `B` or `iB`
/// (`16MiB`, `16MB` mean the same), in any case.
public enum ByteCount {
    /// The largest accepted: a catalog file is read whole into memory.
    public static let maximum = 4 << 30

    public static func parse(_ text: String) -> Int? {
        var digits = Substring(text.trimmingSpaces())
        var unit = 1
        let upper = digits.uppercased()
        for (suffix, multiple) in [
            ("KIB", 1 << 10), ("MIB", 1 << 20), ("GIB", 1 << 30), ("KB", 1 << 10), ("MB", 1 << 20),
            ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30), ("B", 1)
        ] where upper.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            unit = multiple
            break
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(digits) else { return nil }
        let (bytes, overflow) = value.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }

    /// `16,777,216`.
    public static func grouped(_ number: Int) -> String {
        var grouped = ""
        for (i, c) in String(number).reversed().enumerated() {
            if i > 0 && i % 3 == 0 && c != "-" { grouped.append(",") }
            grouped.append(c)
        }
        return String(grouped.reversed())
    }

    /// `16,777,216 bytes (16 MiB)`.
    public static func describe(_ bytes: Int) -> String {
        let text = grouped(bytes) + " byte" + (bytes == 1 ? "" : "s")
        for (unit, size) in [("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size {
            return text + " (\(bytes % size == 0 ? String(bytes / size) : String(Double(bytes * 10 / size) / 10)) \(unit))"
        }
        return text
    }
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
