import Testing

@testable import CareModel

@Suite("Days, financial years, periods and money")
struct CalendarAndMoneyTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2024-02-29", 19_782),
    ])
    func ordinals(iso: String, ordinal: Int) {
        // 2000-03-01: 30 years × 365 + 7 leap days (72,76,…,96) = 10,957 to 1 Jan 2000, + 31 + 29 = 11,017.
        let day = Day(iso: iso)!
        #expect(day.ordinal == ordinal)
        #expect(day.iso == iso)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024/01/01", "2024-1-01"])
    func invalidISODates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: [
        ("09/04/2017", "2017-04-09"), ("1/2/2020", "2020-02-01"), ("29/02/2024", "2024-02-29"),
    ])
    func ukDates(text: String, iso: String) {
        #expect(Day(ukNumeric: text)?.iso == iso)
        #expect(Day(iso: iso)!.ukNumeric.hasSuffix(String(iso.prefix(4))))
    }

    @Test(arguments: ["29/02/2023", "31/04/2024", "2024-01-01", "01/01/24", "aa/bb/cccc", ""])
    func invalidUKDates(text: String) {
        #expect(Day(ukNumeric: text) == nil)
    }

    @Test func formatsForPeople() {
        #expect(Day(iso: "2025-06-04")!.long == "4 June 2025")
        #expect(Day(iso: "2024-01-31")!.adding(months: 1).iso == "2024-02-29")
        #expect(Day(iso: "2023-01-31")!.adding(months: 1).iso == "2023-02-28")
        #expect(Day(iso: "2024-11-30")!.adding(months: 3).iso == "2025-02-28")
    }

    @Test(arguments: [
        ("2008-02-29", "2026-02-28", 17), ("2008-02-29", "2026-03-01", 18),
        ("2008-06-15", "2026-06-14", 17), ("2008-06-15", "2026-06-15", 18),
    ])
    func ages(born: String, on date: String, age: Int) {
        #expect(Day(iso: born)!.age(on: Day(iso: date)!) == age)
    }

    @Test func eighteenthBirthdayOfALeapling() {
        #expect(Day(iso: "2008-02-29")!.birthday(18).iso == "2026-03-01")
    }

    @Test func financialYears() {
        let fy = FinancialYear(containing: Day(iso: "2025-03-31")!)
        #expect(fy == FinancialYear(2024))
        #expect(fy.label == "2024-25")
        #expect(fy.first.iso == "2024-04-01" && fy.last.iso == "2025-03-31")
        #expect(fy.dayCount == 365)  // 1 Apr 2024 – 31 Mar 2025: no 29 Feb
        #expect(FinancialYear(2023).dayCount == 366)  // includes 29 Feb 2024
        #expect(FinancialYear.ending(2025) == FinancialYear(2024))
        #expect(FinancialYear(2099).label == "2099-00")
    }

    /// Calendar month → period: April is P1, December P9, March P12 of the year that began the April before.
    @Test(arguments: [("2024-04", 1, 2024), ("2024-12", 9, 2024), ("2025-01", 10, 2024), ("2025-03", 12, 2024)])
    func periods(month: String, number: Int, year: Int) {
        let period = Period(calendarMonth: month)!
        #expect(period.number == number && period.year == FinancialYear(year))
        #expect("\(period.calendarYear)-\(period.calendarMonth < 10 ? "0" : "")\(period.calendarMonth)" == month)
    }

    @Test func periodBoundaries() {
        let p9 = Period(calendarMonth: "2024-12")!
        #expect(p9.first.iso == "2024-12-01" && p9.last.iso == "2024-12-31")
        #expect(p9.label == "P9 2024-25 (December 2024)")
        #expect(p9.previous.number == 8)
        #expect(Period(calendarMonth: "2024-04")!.previous == Period(year: FinancialYear(2023), number: 12))
        #expect(Period(calendarMonth: "2024-13") == nil)
        #expect(p9.next.calendarMonthText == "2025-01" && p9.next.number == 10)
        #expect(Period(calendarMonth: "2025-03")!.next == Period(year: FinancialYear(2025), number: 1))
        #expect(Period(calendarMonth: "2025-04")!.previous.next.calendarMonthText == "2025-04")
    }

    @Test(arguments: [
        ("1234", 123_400), ("1234.5", 123_450), ("1,234.56", 123_456), ("£850.00", 85_000), ("-12.30", -1_230),
        (" 7 ", 700), ("999999999999.99", 99_999_999_999_999),  // 12 digits of pounds: the largest read
    ])
    func moneyParsing(text: String, pence: Int64) {
        #expect(Money(parsing: text)?.pence == pence)
    }

    /// The last three would overflow a total or a weekly rate (the fuzz test's finding): a trillion or more.
    @Test(arguments: [
        "", "12.345", "abc", "1.2.3", "£", "12a", "1000000000000", "9223372036854775807", "-92233720368547758.07",
    ])
    func moneyRejects(text: String) {
        #expect(Money(parsing: text) == nil)
    }

    /// £m to 3 decimals, nearest £1,000: 19,034,499.50 → 19,034 thousand → "19.034".
    @Test(arguments: [
        (Int64(1_903_449_950), "19.034"), (1_903_450_000, "19.035"), (-11_000_000, "-0.110"),
        (4_999_999, "0.050"), (4_999, "0.000"), (-4_999, "0.000"), (3_672_500_000, "36.725"), (0, "0.000"),
    ])
    func millions(pence: Int64, text: String) {
        #expect(Money(pence: pence).millions == text)
    }

    @Test func moneyFormats() {
        #expect(Money(pence: 123_456_789).formatted == "£1,234,567.89")
        #expect(Money(pence: -5).plain == "-0.05")
        #expect(Money(pence: 100_000).plain == "1000.00")
    }

    /// weekly × days / 7 in pence, rounded half away from zero.
    @Test(arguments: [
        (Int64(85_000), 7, Int64(85_000)),  // a whole week
        (85_000, 1, 12_143),  // 85,000 / 7 = 12,142.857 → 12,143
        (85_000, 365, 4_432_143),  // 85,000 × 365 / 7 = 4,432,142.857 → 4,432,143
        (100, 3, 43),  // 300 / 7 = 42.857 → 43
        (7, 1, 1),  // exactly 1
        (1, 3, 0),  // 3/7 = 0.43 → 0
        (1, 4, 1),  // 4/7 = 0.57 → 1
        (-100, 3, -43),  // negative (a refund) rounds away from zero too
    ])
    func weeklyCost(weekly: Int64, days: Int, expected: Int64) {
        #expect(Money.weekly(Money(pence: weekly), days: days).pence == expected)
    }
}
