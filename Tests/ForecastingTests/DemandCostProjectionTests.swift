import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: projected costs")
struct DemandCostProjectionTests {
    static let day = DemandSplittingTests.day

    /// Fostering: friend 0.2, in-house 0.5, IFA 0.3 → 0.2·350 + 0.5·550 + 0.3·950 = 70 + 275 + 285 = £630 a week, £90 a day.
    /// Residential: in-house 1 : external 3 → 0.25·5,000 + 0.75·6,500 = 1,250 + 4,875 = £6,125 a week, £875 a day.
    /// Supported: £2,100 a week (overridden) → £300 a day.
    /// Other: secure 1 : family 2 : other 1 → 0.25·8,000 + 0.5·50 + 0.25·1,000 = 2,000 + 25 + 250 = £2,275 a week, £325 a day.
    static func model(inflation: Double = 0) -> DemandCostProjection {
        let proportions = DemandCostProportions(weights: [
            .fosteringFriendRelative: 0.2, .fosteringInHouse: 0.5, .fosteringAgency: 0.3,
            .residentialInHouse: 1, .residentialExternal: 3, .secureHome: 1, .placedWithFamily: 2, .other: 1,
        ])
        return DemandCostProjection(
            weeklyCosts: [.supported: Money(pounds: 2_100)], proportions: proportions,
            inflation: inflation)
    }

    static func point(_ date: String, _ population: [DemandState: Double]) -> ProjectionPoint {
        var means = [Double](repeating: 0, count: DemandState.count)
        for (state, count) in population { means[state.index] = count }
        return ProjectionPoint(date: day(date), means: means, variances: means)
    }

    @Test(
        "pence a day per child in each category",
        arguments: [
            (DemandCategory.fostering, 9_000.0), (.residential, 87_500), (.supported, 30_000), (.other, 32_500),
            (.notInCare, 0),
        ])
    func unitCosts(category: DemandCategory, pence: Double) {
        #expect(abs(Self.model().dailyUnitCost(of: category) - pence) < 1e-9)
    }

    @Test("one day's cost of a known population")
    func oneDay() {
        let p = Self.point(
            "2024-04-01",
            [
                DemandState(.tenToSixteen, .fostering): 6, DemandState(.fiveToTen, .fostering): 4,
                DemandState(.sixteenPlus, .residential): 2, DemandState(.sixteenPlus, .supported): 3,
                DemandState(.tenToSixteen, .other): 1, DemandState(.sixteenPlus, .notInCare): 5,
            ])
        // 10 fostered × £90 + 2 × £875 + 3 × £300 + 1 × £325 = 900 + 1,750 + 900 + 325 = £3,875; those who left cost nothing.
        let start = Self.day("2024-03-31")
        #expect(abs(Self.model().dailyCost(of: p, start: start) - 387_500) < 1e-6)
        // The 10–16 fostered alone: 6 × £90 = £540.
        #expect(
            abs(Self.model().dailyCost(of: DemandState(.tenToSixteen, .fostering), in: p, start: start) - 54_000) < 1e-6
        )
        let costs = Self.model().costs(of: [p])
        #expect(costs.start == start)
        #expect(costs.cost(from: p.date, through: p.date) == Money(pounds: 3_875))
        #expect(costs.cost(of: .residential, from: p.date, through: p.date) == Money(pounds: 1_750))
    }

    @Test(
        "inflation steps up on each anniversary of the start, compounded",
        arguments: [
            ("2024-03-31", 1.0), ("2025-03-30", 1.0), ("2025-03-31", 1.1), ("2026-03-30", 1.1), ("2026-03-31", 1.21),
        ])
    func inflation(date: String, factor: Double) {
        let model = Self.model(inflation: 0.1)
        #expect(abs(model.inflationFactor(on: Self.day(date), start: Self.day("2024-03-31")) - factor) < 1e-12)
        // A fostered child on that day: £90 × factor.
        let p = Self.point(date, [DemandState(.oneToFive, .fostering): 1])
        #expect(abs(model.dailyCost(of: p, start: Self.day("2024-03-31")) - 9_000 * factor) < 1e-6)
    }

    @Test("period totals add up to the financial year, with inflation from the anniversary")
    func periods() throws {
        // 10 fostered (£900 a day) every day from 15 March 2025 to 10 April 2026; start 14 March 2025, 10% a year.
        let first = Self.day("2025-03-15")
        let points = (0...first.days(to: Self.day("2026-04-10"))).map {
            Self.point(first.adding(days: $0).iso, [DemandState(.tenToSixteen, .fostering): 10])
        }
        let costs = Self.model(inflation: 0.1).costs(of: points)
        let periods = costs.periods
        try #require(periods.count == 14)  // P12 2024-25, P1–P12 2025-26, P1 2026-27
        // P12 2024-25: 15–31 March = 17 days × £900 = £15,300.
        #expect(periods[0].period == Period(calendarYear: 2025, month: 3) && periods[0].days == 17)
        #expect(periods[0].total == Money(pounds: 15_300))
        #expect(periods[1].total == Money(pounds: 27_000))  // April 2025: 30 × £900
        // March 2026: 1–13 at £900 = 11,700; from the anniversary on 14 March, 18 days at £990 = 17,820; £29,520.
        #expect(periods[12].total == Money(pounds: 29_520))
        #expect(
            periods[12].byCategory[.fostering] == Money(pounds: 29_520) && periods[12].byCategory[.residential] == .zero
        )
        // April 2026: 10 days × £990 = £9,900.
        #expect(periods[13].total == Money(pounds: 9_900) && periods[13].days == 10)
        // 2025-26: April–February 334 days × £900 = 300,600, plus March 29,520 = £330,120.
        let years = costs.financialYears
        #expect(years.map(\.year) == [FinancialYear(2024), FinancialYear(2025), FinancialYear(2026)])
        #expect(years.map(\.total) == [Money(pounds: 15_300), Money(pounds: 330_120), Money(pounds: 9_900)])
        for year in years {
            #expect(periods.filter { $0.period.year == year.year }.reduce(Money.zero) { $0 + $1.total } == year.total)
        }
    }

    @Test("a period is rounded once, not day by day")
    func roundedOnce() {
        // 1/7 of a fostered child costs 9,000 / 7 = 1,285.714… pence a day; a week is exactly 9,000 pence,
        // where rounding each day first would give 1,286 × 7 = 9,002.
        let first = Self.day("2025-04-01")
        let points = (0..<7).map {
            Self.point(first.adding(days: $0).iso, [DemandState(.oneToFive, .fostering): 1.0 / 7])
        }
        #expect(Self.model().costs(of: points).periods.map(\.total) == [Money(pence: 9_000)])
    }
}

extension DemandCostProjectionTests {
    @Test("a week's cost per budget line of the standard monitor")
    func budgetLines() {
        let population: [DemandState: Double] = [
            DemandState(.tenToSixteen, .fostering): 10, DemandState(.sixteenPlus, .residential): 2,
            DemandState(.sixteenPlus, .supported): 3, DemandState(.tenToSixteen, .other): 1,
        ]
        let first = Self.day("2024-04-01"), last = Self.day("2024-04-07")
        let points = (0..<7).map { Self.point(first.adding(days: $0).iso, population) }
        let lines = Self.model().costs(of: points).costByBudgetLine(from: first, through: last)
        // A week of each item = children × share × weekly cost:
        // external residential 2 × 0.75 × 6,500 = 9,750; IFA 10 × 0.3 × 950 = 2,850; in-house foster 10 × 0.5 × 550 = 2,750;
        // connected 10 × 0.2 × 350 = 700; supported 3 × 2,100 = 6,300; other lines: in-house residential
        // 2 × 0.25 × 5,000 = 2,500 + secure 0.25 × 8,000 = 2,000 + family 0.5 × 50 = 25 + other 0.25 × 1,000 = 250 → 4,775.
        let expected: [String: Int64] = [
            "External Residential": 9_750, "Unregistered": 0, "External Fostering (IFA)": 2_850,
            "In-House Foster Care": 2_750, "In-House Connected Carers": 700, "External Supported Living": 6_300,
            "Other Placement Settings": 4_775,
        ]
        #expect(lines == expected.mapValues { Money(pounds: $0) })
        // 27,125 = 7 days × £3,875.
        #expect(lines.values.reduce(Money.zero, +) == Money(pounds: 27_125))
    }
}
