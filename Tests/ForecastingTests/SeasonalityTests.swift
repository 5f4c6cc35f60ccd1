import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: entry seasonality and trend")
struct SeasonalityTests {
    static let day = DemandSplittingTests.day

    /// Children entering foster care for one day: `perDay(d)` of them on each day from `first` to `last`.
    static func entrants(from first: String, to last: String, perDay: (Day) -> Int) -> [ChildHistory] {
        var histories: [ChildHistory] = []
        var d = day(first)
        while d <= day(last) {
            for k in 0..<perDay(d) {
                let id = "\(d.iso)-\(k)"
                let episode = Episode(
                    childID: id, start: d, reasonNew: .s, legalStatus: .c2, place: .u4, end: d.adding(days: 1))
                histories.append(
                    ChildHistory(
                        authority: "990", child: Child(id: id, sex: .male, dateOfBirth: day("2010-06-01")),
                        episodes: [episode]))
            }
            d = d.adding(days: 1)
        }
        return histories
    }

    /// 2023: one entrant a day, three a day in July.
    static let july = DemandHistory(histories: entrants(from: "2023-01-01", to: "2023-12-31") { $0.month == 7 ? 3 : 1 })

    @Test(
        "month factors: each month's daily rate over the average month's",
        arguments: [
            // Whole year: rates 1 a day in 11 months, 3 in July; average (11 + 3) / 12 = 7/6.
            // July 3 ÷ 7/6 = 18/7; the others 1 ÷ 7/6 = 6/7. Check: (11·6/7 + 18/7) / 12 = (84/7) / 12 = 1.
            ("2023-01-01", "2023-12-31", 18.0 / 7, 6.0 / 7, 6.0 / 7),
            // June and July only: rates 1 and 3, average 2: June 0.5, July 1.5; uncovered months (January) 1.
            ("2023-06-01", "2023-07-31", 1.5, 0.5, 1.0),
        ])
    func monthFactors(start: String, end: String, july: Double, june: Double, january: Double) {
        let s = EntrySeasonality.fitted(in: Self.july, referenceStart: Self.day(start), referenceEnd: Self.day(end))
        #expect(abs(s.monthFactors[6] - july) < 1e-12)
        #expect(abs(s.monthFactors[5] - june) < 1e-12)
        #expect(abs(s.monthFactors[0] - january) < 1e-12)
        #expect(abs(s.monthFactors.reduce(0, +) / 12 - 1) < 1e-12)
        #expect(s.trend == nil)
    }

    @Test("a trend needs a calendar month seen twice: none from one year")
    func noTrendFromOneYear() {
        let s = EntrySeasonality.fitted(
            in: Self.july, referenceStart: Self.day("2023-01-01"),
            referenceEnd: Self.day("2023-12-31"), trend: true)
        #expect(s.trend == nil)
        #expect(abs(s.monthFactors[6] - 18.0 / 7) < 1e-12)
    }

    @Test("trend: entries doubling from one year to the next")
    func trend() throws {
        let history = DemandHistory(
            histories: Self.entrants(from: "2022-01-01", to: "2023-12-31") { $0.year == 2022 ? 1 : 2 })
        let s = EntrySeasonality.fitted(
            in: history, referenceStart: Self.day("2022-01-01"),
            referenceEnd: Self.day("2023-12-31"), trend: true)
        let trend = try #require(s.trend)
        // Midpoint: 1 January 2022 + 729 / 2 = 364 days = 31 December 2022.
        #expect(trend.midpoint == Self.day("2022-12-31"))
        // Each calendar month is seen at x and x + 365 with rates 1 and 2 and equal days: deviations from its
        // means are ±182.5 and ±0.5, so β = 0.5 / 182.5 = 1/365 a day.
        // Levels α(m) = 1.5 − β·x̄(m). x̄(m) averages 166.5 (first days: 1,998 / 12) + 14.708 (mid-month:
        // (365 − 12) / 24) − 364 + 182.5 = −7/24 over the months, so the average level is 1.5 + 7/(24·365).
        let expected = (1.0 / 365) / (1.5 + 7.0 / (24 * 365))
        #expect(abs(trend.relativeSlopePerDay - expected) < 1e-12)
        #expect(abs(s.monthFactors.reduce(0, +) / 12 - 1) < 1e-12)
    }

    @Test(
        "trend factor: 1 at the midpoint, linear, floored at 0",
        arguments: [
            ("2023-07-01", 1.0), ("2023-10-09", 1.1), ("2023-03-23", 0.9), ("2018-01-01", 0.0),
        ])
    func trendFactor(on date: String, expected: Double) {
        // Slope 0.001 a day. 9 October is 100 days after 1 July (30 + 31 + 30 + 9): 1.1; 23 March is 100 days
        // before (30 + 31 + 30 + 9): 0.9; 1 January 2018 is 2,007 days before: 1 − 2.007 < 0, so 0.
        let trend = EntryTrend(midpoint: Self.day("2023-07-01"), relativeSlopePerDay: 0.001)
        #expect(abs(trend.factor(on: Self.day(date)) - expected) < 1e-12)
    }

    @Test("multipliers are the factor of each projected day's month")
    func multipliers() {
        var factors = EntrySeasonality.flat
        factors[0] = 0.5  // January
        factors[1] = 2  // February
        // From 30 January: steps to 31 January, 1 February, 2 February.
        #expect(
            EntrySeasonality(monthFactors: factors).multipliers(start: Self.day("2024-01-30"), days: 3) == [0.5, 2, 2])
    }

    @Test("the Markov projection scales e by the day's multiplier and is unchanged by ones")
    func markovMultipliers() {
        let rates = DemandProjectionTests.rates, start = Self.day("2024-03-31")
        let stock = [DemandProjectionTests.f: 10.0, DemandProjectionTests.r: 4]
        let plain = MarkovProjection.project(stock: stock, rates: rates, start: start, days: 30)
        #expect(
            MarkovProjection.project(
                stock: stock, rates: rates, start: start, days: 30,
                entryMultipliers: Array(repeating: 1, count: 30)) == plain)
        // Step 1 with e doubled: F = 0.7·10 + 2·2 = 11; V = 0.21·10 + 4 = 6.1.
        let doubled = MarkovProjection.project(stock: stock, rates: rates, start: start, days: 1, entryMultipliers: [2])
        #expect(abs(doubled[0].mean(of: DemandProjectionTests.f) - 11) < 1e-12)
        #expect(abs(doubled[0].variance(of: DemandProjectionTests.f) - 6.1) < 1e-12)
    }
}
