import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: observed rates")
struct DemandRatesTests {
    static let day = DemandSplittingTests.day
    static let teen = DemandAgeBand.tenToSixteen
    static let fostering = DemandState(teen, .fostering)
    static let residential = DemandState(teen, .residential)
    static let left = DemandState(teen, .notInCare)

    /// Three children aged 11 (born 2012-05-05), reference window 2 to 11 January 2024 (10 days):
    /// A: U4 from 1 Dec to 5 Jan, then K2 from 5 Jan (open).  B: U6 from 15 Dec, leaves care on 8 Jan.
    /// C: enters K2 on 9 Jan, leaves on 10 Jan.
    static let history = DemandHistory(
        histories: [
            DemandSplittingTests.history(
                "A", born: "2012-05-05", [("2023-12-01", "2024-01-05", .u4), ("2024-01-05", nil, .k2)]),
            DemandSplittingTests.history("B", born: "2012-05-05", [("2023-12-15", "2024-01-08", .u6)]),
            DemandSplittingTests.history("C", born: "2012-05-05", [("2024-01-09", "2024-01-10", .k2)]),
        ], dataStart: day("2023-04-01"), dataEnd: day("2024-03-31"))
    static let rates = TransitionRates.observed(
        in: history, referenceStart: day("2024-01-02"), referenceEnd: day("2024-01-11"))

    @Test("transition rates: mean of daily transitions over the previous day's stock, 0/0 days left out")
    func transitionRates() {
        // Fostering stock the day before d = 2..11 Jan: 2,2,2,2 (A, B), 1,1,1 (B; A moved on 5 Jan), then 0,0,0.
        // The last three days are 0/0 and left out: 7 days count. A moves on 5 Jan: 1/2; B leaves on 8 Jan: 1/1.
        #expect(abs(Self.rates[Self.fostering, Self.residential] - 0.5 / 7) < 1e-12)
        #expect(abs(Self.rates[Self.fostering, Self.left] - 1.0 / 7) < 1e-12)
        // Residential stock the day before d: 0,0,0,0 (2–5 Jan, left out), 1,1,1,1 (A), 2 (A, C), 1: 6 days.
        // C leaves on 10 Jan with 2 there the day before: (1/2) / 6 = 1/12.
        #expect(abs(Self.rates[Self.residential, Self.left] - 1.0 / 12) < 1e-12)
        #expect(Self.rates[Self.residential, Self.fostering] == 0)
        #expect(Self.rates.transitionsWithoutStock == 0)
    }

    @Test("entry rate: entrants in the window over (days + 1)")
    func entryRate() {
        // Only C enters in the window (A's K2 episode follows her foster episode; B entered in December).
        // 2 to 11 January is 9 days apart: 1 / (9 + 1) = 0.1.
        #expect(abs(Self.rates.entryRate(into: Self.residential) - 0.1) < 1e-12)
        #expect(Self.rates.entryRate(into: Self.fostering) == 0)
    }

    @Test("entry rate over a month: 3 entrants, 1 to 31 January")
    func entryRateMonth() {
        let entrants = (1...3).map {
            DemandSplittingTests.history("E\($0)", born: "2012-05-05", [("2024-01-1\($0)", nil, .u4)])
        }
        let rates = TransitionRates.rates(
            from: entrants, referenceStart: Self.day("2024-01-01"),
            referenceEnd: Self.day("2024-01-31"))
        // 3 / (30 + 1) children a day.
        #expect(abs(rates.entryRate(into: Self.fostering) - 3.0 / 31) < 1e-12)
    }

    @Test("the first day of the data has no previous day and is left out")
    func firstDataDay() {
        // Data window from 1 April 2023 (earliest DEC 2023-04-01 lies in 2023-24). D leaves on 1 April, E on 2 April,
        // both from foster care with stock 2 on 31 March, 1 on 1 April. Reference 1–2 April: only 2 April counts: 1/1.
        let h = DemandHistory(histories: [
            DemandSplittingTests.history("D", born: "2012-05-05", [("2023-03-01", "2023-04-01", .u4)]),
            DemandSplittingTests.history("E", born: "2012-05-05", [("2023-03-01", "2023-04-02", .u4)]),
        ])
        #expect(h.dataStart == Self.day("2023-04-01") && h.dataEnd == Self.day("2024-03-31"))
        let rates = TransitionRates.observed(
            in: h, referenceStart: Self.day("2023-04-01"), referenceEnd: Self.day("2023-04-02"))
        #expect(rates[Self.fostering, Self.left] == 1)
    }

    @Test("stock on a day counts DECOM ≤ day < DEC in demand states")
    func stockOnDay() {
        // 5 Jan: A has moved to K2 that day, B is fostered. 9 Jan: A and C in residential, B gone.
        #expect(Self.history.stock(on: Self.day("2024-01-05")) == [Self.residential: 1, Self.fostering: 1])
        #expect(Self.history.stock(on: Self.day("2024-01-09")) == [Self.residential: 2])
    }
}
