import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: Monte-Carlo projection")
struct MonteCarloTests {
    static let day = DemandSplittingTests.day
    static let f = DemandState(.tenToSixteen, .fostering), r = DemandState(.tenToSixteen, .residential)
    static let olderF = DemandState(.sixteenPlus, .fostering), s = DemandState(.sixteenPlus, .supported)

    /// Moves, exits, ageing (10–16 → 16+ Fostering) and entries into two states, all daily.
    static var rates: TransitionRates {
        var rates = TransitionRates()
        rates[f, r] = 0.01
        rates[f, DemandState(.tenToSixteen, .notInCare)] = 0.005
        rates[f, olderF] = 0.002
        rates[r, f] = 0.005
        rates[r, DemandState(.tenToSixteen, .notInCare)] = 0.02
        rates[olderF, s] = 0.01
        rates[olderF, DemandState(.sixteenPlus, .notInCare)] = 0.01
        rates[s, DemandState(.sixteenPlus, .notInCare)] = 0.02
        rates.setEntryRate(0.8, into: f)
        rates.setEntryRate(0.2, into: r)
        return rates
    }
    static let stock: [DemandState: Double] = [f: 40, r: 10, olderF: 12]
    static let start = day("2024-03-31")
    /// Entries twice as high in summer: the multiplier reaches Monte-Carlo and Markov alike.
    static let multipliers = EntrySeasonality(monthFactors: [
        0.75, 0.75, 0.75, 0.75, 1, 1.5, 1.5, 1.5, 1, 1, 0.75, 0.75,
    ])
    .multipliers(start: start, days: 122)

    @Test("the Monte-Carlo mean converges to the Markov mean")
    func convergesToMarkov() async throws {
        // N = 4,000 paths. Each path's count is a sum over independent children (Poisson entrants thinned
        // into states stay independent), so its variance is at most the regional V: V adds each day's
        // multinomial and Poisson variance without letting earlier variance decay, while the true variance
        // does decay as children leave; and a category's variance is at most the sum of its states' V,
        // because one child's indicators of being in two states are exclusive (negatively correlated).
        // So the standard error of the mean is at most √(V/N), and 4 standard errors leave a chance under
        // 10⁻⁴ per comparison for a true mean; the run is seeded, so the test is deterministic anyway.
        let paths = 4_000
        let result = await MonteCarloProjection.project(
            stock: Self.stock, rates: Self.rates, start: Self.start, days: 122,
            paths: paths, seed: 2024, entryMultipliers: Self.multipliers)
        let markov = MarkovProjection.project(
            stock: Self.stock, rates: Self.rates, start: Self.start, days: 122,
            entryMultipliers: Self.multipliers)
        // Month ends from 31 March: 30 April (day 30), 31 May (61), 30 June (91), 31 July (122).
        try #require(result.monthEnds == ["2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31"].map(Self.day))
        for point in result.points {
            let expected = markov[Self.start.days(to: point.date) - 1]
            for category in DemandCategory.inCare {
                let states = DemandAgeBand.allCases.map { DemandState($0, category).index }
                let mean = states.reduce(0) { $0 + expected.means[$1] }
                let variance = states.reduce(0) { $0 + expected.variances[$1] }
                let got = try #require(point.distribution(of: category)).mean
                #expect(
                    abs(got - mean) <= 4 * (variance / Double(paths)).squareRoot() + 1e-9, "\(category) \(point.date)")
            }
            let total = expected.meanInCare
            let variance = DemandState.all.filter(\.isInCare).reduce(0) { $0 + expected.variances[$1.index] }
            #expect(abs(point.total.mean - total) <= 4 * (variance / Double(paths)).squareRoot(), "total \(point.date)")
        }
    }

    @Test("a seed gives the same paths however they are split into chunks; another seed does not")
    func reproducible() async {
        let model = MonteCarloProjection(rates: Self.rates)
        let one = await model.project(stock: Self.stock, start: Self.start, days: 61, paths: 50, seed: 9, chunks: 1)
        let three = await model.project(stock: Self.stock, start: Self.start, days: 61, paths: 50, seed: 9, chunks: 3)
        let again = await model.project(stock: Self.stock, start: Self.start, days: 61, paths: 50, seed: 9, chunks: 7)
        let other = await model.project(stock: Self.stock, start: Self.start, days: 61, paths: 50, seed: 10, chunks: 3)
        #expect(one == three && three == again)
        #expect(one.pathCounts != other.pathCounts)
        #expect(one.pathCounts.count == 50 * 2 * MonteCarloResult.seriesCount)
    }

    @Test("quantiles are ordered and the total is the sum of the categories in every path")
    func quantilesOrdered() async {
        let result = await MonteCarloProjection.project(
            stock: Self.stock, rates: Self.rates, start: Self.start,
            days: 365, paths: 300, seed: 1)
        #expect(result.points.count == 12)
        for point in result.points {
            for d in point.categories + [point.total] {
                #expect(d.p5 <= d.p25 && d.p25 <= d.p50 && d.p50 <= d.p75 && d.p75 <= d.p95)
                #expect(d.p5 <= d.mean && d.mean <= d.p95)
            }
        }
        let series = MonteCarloResult.seriesCount
        for row in stride(from: 0, to: result.pathCounts.count, by: series) {
            #expect(result.pathCounts[row..<(row + series - 1)].reduce(0, +) == result.pathCounts[row + series - 1])
        }
    }

    @Test("with nobody moving every path keeps the stock; entries into Not in care add nobody")
    func nobodyMoves() async {
        var rates = TransitionRates()
        rates.setEntryRate(5, into: DemandState(.tenToSixteen, .notInCare))
        let result = await MonteCarloProjection.project(
            stock: [Self.f: 7, Self.s: 3], rates: rates, start: Self.start,
            days: 61, paths: 20, seed: 3)
        for point in result.points {
            // Fostering 7, Residential 0, Supported 3, Other 0; total 10, in every path.
            #expect(point.categories.map(\.p5) == [7, 0, 3, 0] && point.categories.map(\.p95) == [7, 0, 3, 0])
            #expect(point.total.mean == 10 && point.total.standardDeviation == 0)
        }
    }

    @Test(
        "quantiles interpolate between order statistics",
        arguments: [
            // Values 10, 20, 30, 40, 50 (n = 5): position (n − 1)·q = 4q.
            (0.05, 12.0),  // 0.2 → 10 + 0.2·10
            (0.25, 20.0),  // 1 → 20
            (0.5, 30.0),  // 2 → 30
            (0.95, 48.0),  // 3.8 → 40 + 0.8·10
        ])
    func quantile(level: Double, expected: Double) {
        #expect(abs(CountDistribution.quantile(level, ofSorted: [10, 20, 30, 40, 50]) - expected) < 1e-9)
    }

    @Test("mean and standard deviation of a hand-made sample")
    func distribution() {
        var values: [Int32] = [4, 2, 6, 8]
        let d = CountDistribution(values: &values)
        // Mean 5; squares 9 + 1 + 1 + 9 = 20; sd = √(20 / 3).
        #expect(d.mean == 5 && abs(d.standardDeviation - (20.0 / 3).squareRoot()) < 1e-12)
        #expect(d.p50 == 5)  // position 1.5 between 4 and 6
    }

    @Test(
        "month ends after the start, up to the last projected day",
        arguments: [
            ("2024-03-31", 61, ["2024-04-30", "2024-05-31"]),
            ("2024-04-15", 15, ["2024-04-30"]),  // 15 April + 15 days = 30 April
            ("2024-04-15", 14, []),
            ("2024-01-31", 29, ["2024-02-29"]),
        ])
    func monthEnds(start: String, days: Int, expected: [String]) {
        let calendar = MonteCarloCalendar(start: Self.day(start), days: days)
        #expect(calendar.monthEnds == expected.map(Self.day))
        #expect(calendar.firstAtOrAfter.count == days + 1)
    }
}
