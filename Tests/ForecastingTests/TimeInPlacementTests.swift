import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: Monte-Carlo by age and time in placement")
struct TimeInPlacementTests {
    static let day = DemandSplittingTests.day
    static let f = DemandRatesTests.fostering, r = DemandRatesTests.residential, left = DemandRatesTests.left
    /// Under 10 days, 10 days or more.
    static let tenDays = TimeInPlacementBands(lowerBounds: [0, 10])!

    /// Four children aged 11 (born 2012-05-05; no birthdays in January), reference window 2 to 31 January
    /// 2024, so the days at risk are 1 to 30 January:
    /// A: U4 from 27 Dec, open.            B: U4 from 10 Jan, leaves care on 14 Jan.
    /// C: U4 from 1 Dec, leaves on 21 Jan. D: U4 from 20 Jan, moves to K2 on 25 Jan (open).
    static let history = DemandHistory(
        histories: [
            DemandSplittingTests.history("A", born: "2012-05-05", [("2023-12-27", nil, .u4)]),
            DemandSplittingTests.history("B", born: "2012-05-05", [("2024-01-10", "2024-01-14", .u4)]),
            DemandSplittingTests.history("C", born: "2012-05-05", [("2023-12-01", "2024-01-21", .u4)]),
            DemandSplittingTests.history(
                "D", born: "2012-05-05", [("2024-01-20", "2024-01-25", .u4), ("2024-01-25", nil, .k2)]),
        ], dataStart: day("2023-04-01"), dataEnd: day("2024-03-31"))

    static func observed(minimum: Double) -> TimeInPlacementRates {
        TimeInPlacementRates.observed(
            in: history, referenceStart: day("2024-01-02"), referenceEnd: day("2024-01-31"),
            bands: tenDays, minimumChildDays: minimum)
    }

    @Test("child-days at risk and rates by time in placement, by hand")
    func ratesByHand() {
        let rates = Self.observed(minimum: 10)
        // Child-days in fostering, band 0 (days 0–9 of the placement) and band 1 (10 or more):
        // A (placed 27 Dec) 1–5 Jan = 5 and 6–30 Jan = 25; B 10–13 Jan = 4 and 0; C (placed 1 Dec) 0 and 1–20 Jan = 20;
        // D 20–24 Jan = 5 and 0. So D₀ = 14, D₁ = 45, D = 59. Residential: D from 25 Jan, 25–30 Jan = 6 in band 0.
        #expect(rates.childDays(in: Self.f, band: 0) == 14 && rates.childDays(in: Self.f, band: 1) == 45)
        #expect(rates.childDays(in: Self.r, band: 0) == 6 && rates.childDays(in: Self.r, band: 1) == 0)
        // Regional rates: fostering stock on 1–30 Jan is 2 (1–9), 3 (10–13), 2 (14–19), 3 (20), 2 (21–24), 1 (25–30),
        // never 0, so 30 days count. B leaves on 14 Jan (3 the day before), C on 21 Jan (3), D moves on 25 Jan (2):
        // r(F→left) = (1/3 + 1/3) / 30 = 1/45, r(F→R) = (1/2) / 30 = 1/60.
        // Leaving: B in band 0 (its last day at risk, 13 Jan, is day 3), C in band 1: E₀ = 1, E₁ = 1, E = 2.
        // r₀ = 1/45 × (1/14) / (2/59) = 59/1260;  r₁ = 1/45 × (1/45) / (2/59) = 59/4050.
        #expect(abs(rates.rate(from: Self.f, to: Self.left, band: 0) - 59.0 / 1260) < 1e-15)
        #expect(abs(rates.rate(from: Self.f, to: Self.left, band: 1) - 59.0 / 4050) < 1e-15)
        // D's move to residential on day 5 of its placement: E₀ = 1, E₁ = 0, E = 1.
        // r₀ = 1/60 × (1/14) / (1/59) = 59/840;  r₁ = 0.
        #expect(abs(rates.rate(from: Self.f, to: Self.r, band: 0) - 59.0 / 840) < 1e-15)
        #expect(rates.rate(from: Self.f, to: Self.r, band: 1) == 0)
        #expect(!rates.usesFallback(Self.f, band: 0) && !rates.usesFallback(Self.f, band: 1))
        // Residential has 6 child-days in band 0 and none in band 1: both below 10, both keep the regional rates.
        #expect(rates.usesFallback(Self.r, band: 0) && rates.usesFallback(Self.r, band: 1))
        // Entry rates are the plain model's in every band: D enters on 20 Jan, B on 10 Jan: 2 / 30.
        #expect(abs(rates.byBand[1].entryRate(into: Self.f) - 2.0 / 30) < 1e-15)
    }

    @Test("a band with fewer child-days than the threshold keeps the age × category rate")
    func fallbackBelowThreshold() {
        // 20 child-days needed: band 0 (14) falls back to 1/45, band 1 (45) keeps 59/4050.
        let rates = Self.observed(minimum: 20)
        #expect(rates.usesFallback(Self.f, band: 0) && !rates.usesFallback(Self.f, band: 1))
        #expect(abs(rates.rate(from: Self.f, to: Self.left, band: 0) - 1.0 / 45) < 1e-15)
        #expect(abs(rates.rate(from: Self.f, to: Self.left, band: 1) - 59.0 / 4050) < 1e-15)
    }

    @Test("the placement clock starts on entry and on a change of kind of home, not on a birthday or a same-kind move")
    func placementStarts() {
        // E, born 2006-05-05: U4 from 1 Jan 2020 across her 16th birthday (5 May 2022), then U5 from 1 Jan 2023
        // (another foster home), then K2 from 1 Mar 2023.
        let h = DemandHistory(
            histories: [
                DemandSplittingTests.history(
                    "E", born: "2006-05-05",
                    [
                        ("2020-01-01", "2023-01-01", .u4),
                        ("2023-01-01", "2023-03-01", .u5),
                        ("2023-03-01", nil, .k2),
                    ])
            ], dataStart: Self.day("2019-04-01"), dataEnd: Self.day("2024-03-31"))
        // Rows: U4 10–16 to the birthday, U4 16+ to 1 Jan 2023, U5 16+ to 1 Mar, K2 16+.
        #expect(h.rows.map(\.start) == ["2020-01-01", "2022-05-05", "2023-01-01", "2023-03-01"].map(Self.day))
        #expect(h.placementStarts == ["2020-01-01", "2020-01-01", "2020-01-01", "2023-03-01"].map(Self.day))
        #expect(
            h.childrenInPlacement(on: Self.day("2023-02-01"))
                == [
                    ChildInPlacement(
                        state: DemandState(.sixteenPlus, .fostering), placementStart: Self.day("2020-01-01"))
                ])
        #expect(
            h.childrenInPlacement(on: Self.day("2024-01-01"))
                == [
                    ChildInPlacement(
                        state: DemandState(.sixteenPlus, .residential), placementStart: Self.day("2023-03-01"))
                ])
    }

    @Test(
        "bands of time in placement",
        arguments: [(0, 0), (90, 0), (91, 1), (364, 1), (365, 2), (729, 2), (730, 3), (5_000, 3), (-3, 0)])
    func standardBands(days: Int, band: Int) {
        #expect(TimeInPlacementBands.standard.band(days: days) == band)
    }

    @Test("bands must start at 0 and increase")
    func bandValidation() {
        #expect(TimeInPlacementBands(lowerBounds: [0, 30, 30]) == nil)
        #expect(TimeInPlacementBands(lowerBounds: [1, 30]) == nil)
        #expect(TimeInPlacementBands(lowerBounds: []) == nil)
        #expect(TimeInPlacementBands.standard.label(of: 0) == "under 3 months")
        #expect(Self.tenDays.label(of: 0) == "0–9 days" && Self.tenDays.label(of: 1) == "10 days or more")
    }
}
