/// A UTC calendar date as `YYYY-MM-DD`, the form `as_of` takes. Pure arithmetic on seconds since
/// 1970 (Howard Hinnant's days-to-civil), so the core needs no clock and no Foundation.
public enum CalendarDate {
    public static func iso(secondsSince1970 seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ n: Int64, _ width: Int) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian, years 1 to 9999), or nil if
    /// it is not one: `2026-02-30` is not.
    public static func dayNumber(iso text: String) -> Int? {
        guard let (y0, m, d) = fields(iso: text), d <= daysIn(month: m, year: y0) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Why `text` is not a calendar date, or nil when it is one: the one check every date field
    /// (`as_of`, `reviewed`, `lifecycle_since`, imported dates) goes through.
    public static func problem(iso text: String) -> String? {
        guard let (y, m, d) = fields(iso: text) else { return "must be a date written YYYY-MM-DD" }
        let days = daysIn(month: m, year: y)
        guard d <= days else { return "is not a date in the calendar: \(monthNames[m - 1]) \(y) has \(days) days" }
        return nil
    }

    /// Year, month and day of `YYYY-MM-DD`, the month 1 to 12 and the day 1 to 31.
    static func fields(iso text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) })
        else { return nil }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let (y, m, d) = (number(0..<4), number(5..<7), number(8..<10))
        guard y >= 1, (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"
    ]
}
