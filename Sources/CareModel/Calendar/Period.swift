/// A month of a financial year: P1 is April, P9 is December, P12 is March.
public struct Period: Hashable, Comparable, Sendable, Codable {
    public let year: FinancialYear
    public let number: Int

    public init?(year: FinancialYear, number: Int) {
        guard (1...12).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// The period that a calendar month falls in.
    public init(calendarYear: Int, month: Int) {
        self.year = FinancialYear(containing: Day(year: calendarYear, month: month, day: 1)!)
        self.number = (month + 8) % 12 + 1
    }

    /// Parses a calendar month "2024-12" (which is P9 of 2024-25).
    /// The calendar years a month may be typed in: wide enough for any return, narrow enough that the
    /// first and last days of the year and the next always exist (0000 and 9999 once crashed the server).
    public static let calendarYears = 1900...2200

    public init?(calendarMonth text: String) {
        let bits = text.split(separator: "-")
        guard bits.count == 2, bits[0].count == 4, bits[1].count <= 2,
            let y = Int(bits[0]), let m = Int(bits[1]), (1...12).contains(m), Self.calendarYears.contains(y)
        else { return nil }
        self.init(calendarYear: y, month: m)
    }

    public var calendarMonth: Int { (number + 2) % 12 + 1 }
    public var calendarYear: Int { number <= 9 ? year.startYear : year.startYear + 1 }
    public var first: Day { Day(year: calendarYear, month: calendarMonth, day: 1)! }
    public var last: Day { first.endOfMonth }

    /// "P9 2024-25 (December 2024)".
    public var label: String { "P\(number) \(year.label) (\(Day.monthNames[calendarMonth - 1]) \(calendarYear))" }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.number) < (b.year, b.number) }

    /// The period after this one, crossing into the next financial year from P12.
    public var next: Period {
        number == 12
            ? Period(year: FinancialYear(year.startYear + 1), number: 1)!
            : Period(year: year, number: number + 1)!
    }

    /// "2024-12": the calendar month, as command-line options and web addresses write it.
    public var calendarMonthText: String {
        "\(calendarYear)-\(calendarMonth < 10 ? "0" : "")\(calendarMonth)"
    }

    /// The period before this one, crossing into the previous financial year from P1.
    public var previous: Period {
        number == 1
            ? Period(year: FinancialYear(year.startYear - 1), number: 12)!
            : Period(year: year, number: number - 1)!
    }
}
