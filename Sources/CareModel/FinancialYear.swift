/// A council financial year, 1 April to 31 March, named by the year it starts: `FinancialYear(2024)` is 2024-25.
///
/// The SSDA903 collection year runs over the same dates, so it is the same type.
public struct FinancialYear: Hashable, Comparable, Sendable, Codable {
    public let startYear: Int

    public init(_ startYear: Int) { self.startYear = startYear }

    /// The financial year a day falls in (January–March belong to the year that started the April before).
    public init(containing day: Day) {
        let p = day.parts
        self.startYear = p.month >= 4 ? p.year : p.year - 1
    }

    /// The collection year whose return is labelled by its end year, e.g. `ending: 2025` is 2024-25.
    public static func ending(_ endYear: Int) -> FinancialYear { FinancialYear(endYear - 1) }

    public var first: Day { Day(year: startYear, month: 4, day: 1)! }
    public var last: Day { Day(year: startYear + 1, month: 3, day: 31)! }
    public var endYear: Int { startYear + 1 }
    public var dayCount: Int { first.days(to: last) + 1 }

    /// "2024-25".
    public var label: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }
}

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
    public init?(calendarMonth text: String) {
        let bits = text.split(separator: "-")
        guard bits.count == 2, bits[0].count == 4, bits[1].count <= 2,
              let y = Int(bits[0]), let m = Int(bits[1]), (1...12).contains(m) else { return nil }
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
        number == 12 ? Period(year: FinancialYear(year.startYear + 1), number: 1)!
                     : Period(year: year, number: number + 1)!
    }

    /// "2024-12": the calendar month, as command-line options and web addresses write it.
    public var calendarMonthText: String {
        "\(calendarYear)-\(calendarMonth < 10 ? "0" : "")\(calendarMonth)"
    }

    /// The period before this one, crossing into the previous financial year from P1.
    public var previous: Period {
        number == 1 ? Period(year: FinancialYear(year.startYear - 1), number: 12)!
                    : Period(year: year, number: number - 1)!
    }
}
