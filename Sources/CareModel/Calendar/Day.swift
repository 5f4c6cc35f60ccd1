/// A calendar date with no time and no time zone, counted in days since 1 January 1970.
///
/// Placement records are about days: a child is in care *on* a date. Keeping dates as whole days
/// avoids the daylight-saving and time-zone errors that `Date` invites, and makes day counts exact.
public struct Day: Hashable, Comparable, Sendable, Codable {
    /// Days since 1970-01-01 (which is day 0).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from its calendar parts, or `nil` when they do not name a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
            (1...Day.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.ordinal = Day.daysFromCivil(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The day `n` days later (or earlier when `n` is negative).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// Year, month and day of month.
    public var parts: (year: Int, month: Int, day: Int) { Day.civil(fromDays: ordinal) }
    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var dayOfMonth: Int { parts.day }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day of this day's month.
    public var startOfMonth: Day { Day(year: year, month: month, day: 1)! }

    /// The last day of this day's month.
    public var endOfMonth: Day {
        let p = parts
        return Day(year: p.year, month: p.month, day: Day.daysInMonth(year: p.year, month: p.month))!
    }

    /// The same day of month `n` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months n: Int) -> Day {
        let p = parts
        let index = p.year * 12 + (p.month - 1) + n
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(year: y, month: m, day: min(p.day, Day.daysInMonth(year: y, month: m)))!
    }

    // Howard Hinnant's civil-from-days algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
