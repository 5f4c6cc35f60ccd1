import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: Monte-Carlo cost quantiles")
struct MonteCarloCostTests {
    static let day = DemandSplittingTests.day
    static let f = MonteCarloTests.f, s = MonteCarloTests.s
    /// Fostering £90 a day, residential £875, supported £300, other £325 (`DemandCostProjectionTests.model`).
    static let model = DemandCostProjectionTests.model()

    @Test("with nobody moving every path costs children × days × daily unit cost")
    func nobodyMoves() async throws {
        let result = await MonteCarloProjection.project(
            stock: [Self.f: 7, Self.s: 3], rates: TransitionRates(),
            start: Self.day("2024-03-31"), days: 61, paths: 20, seed: 3,
            costs: Self.model)
        try #require(result.points.count == 2)
        // April (30 days): fostering 7 × 30 × 9,000p = 1,890,000p; supported 3 × 30 × 30,000p = 2,700,000p; total 4,590,000p.
        // May (31 days): 7 × 31 × 9,000 = 1,953,000p; 3 × 31 × 30,000 = 2,790,000p; total 4,743,000p.
        let expected: [([Double], Double)] = [
            ([1_890_000, 0, 2_700_000, 0], 4_590_000), ([1_953_000, 0, 2_790_000, 0], 4_743_000),
        ]
        for (point, (categories, total)) in zip(result.points, expected) {
            let costs = try #require(point.costs)
            #expect(costs.map(\.mean) == categories && costs.map(\.p5) == categories && costs.map(\.p95) == categories)
            #expect(point.totalCost?.mean == total && point.totalCost?.standardDeviation == 0)
        }
    }

    @Test("prices step up on the anniversary of the start, within the month it falls in")
    func inflationWithinMonth() async throws {
        let costs = DemandCostProjection(proportions: Self.model.proportions, inflation: 0.1)
        let start = Self.day("2023-03-31")
        let result = await MonteCarloProjection.project(
            stock: [Self.f: 7], rates: TransitionRates(), start: start,
            days: 396, paths: 3, seed: 1, costs: costs)
        try #require(result.monthEnds.suffix(2) == [Self.day("2024-03-31"), Self.day("2024-04-30")])
        let march = try #require(result.points[result.points.count - 2].costDistribution(of: .fostering)).mean
        let april = try #require(result.points.last?.costDistribution(of: .fostering)).mean
        // £630 a week = 9,000p a day. March 2024: 30 days at start prices and 31 March, the anniversary, at 1.1:
        // 7 × 9,000 × (30 + 1.1) = 1,959,300p. April 2024: 7 × 9,000 × 30 × 1.1 = 2,079,000p.
        #expect(abs(march - 1_959_300) < 1e-6)
        #expect(abs(april - 2_079_000) < 1e-6)
    }

    @Test("the mean cost converges to the Markov mean's cost, month by month")
    func convergesToMarkovCost() async throws {
        // A month's cost in one path is Σ_d unit × N_d over its days, so its standard deviation is at most
        // unit × Σ_d sd(N_d) (the sd of a sum is at most the sum of sds) and sd(N_d) ≤ √V_d as in MonteCarloTests:
        // 4 such standard errors of the mean over N paths bound each comparison.
        let start = MonteCarloTests.start, paths = 4_000
        let result = await MonteCarloProjection.project(
            stock: MonteCarloTests.stock, rates: MonteCarloTests.rates,
            start: start, days: 122, paths: paths, seed: 2024,
            entryMultipliers: MonteCarloTests.multipliers, costs: Self.model)
        let points = MarkovProjection.project(
            stock: MonteCarloTests.stock, rates: MonteCarloTests.rates, start: start,
            days: 122, entryMultipliers: MonteCarloTests.multipliers)
        let markov = Self.model.costs(of: points, start: start)
        var from = start.adding(days: 1)
        for point in result.points {
            var totalBound = 0.0
            for category in DemandCategory.inCare {
                let states = DemandAgeBand.allCases.map { DemandState($0, category) }
                let expected = markov.pence(of: states, from: from, through: point.date)
                let spread = points.filter { $0.date >= from && $0.date <= point.date }
                    .reduce(0.0) { sum, p in sum + states.reduce(0.0) { $0 + p.variance(of: $1) }.squareRoot() }
                let bound = Self.model.dailyUnitCost(of: category) * spread / Double(paths).squareRoot()
                totalBound += bound
                let got = try #require(point.costDistribution(of: category)).mean
                #expect(
                    abs(got - expected) <= 4 * bound + 1e-6, "\(category) \(point.date): \(got) against \(expected)")
            }
            let got = try #require(point.totalCost).mean
            #expect(abs(got - markov.pence(from: from, through: point.date)) <= 4 * totalBound, "total \(point.date)")
            from = point.date.adding(days: 1)
        }
    }

    @Test("each path's total cost is the sum of its categories, and quantiles are ordered")
    func totalsAdd() async throws {
        let result = await MonteCarloProjection.project(
            stock: MonteCarloTests.stock, rates: MonteCarloTests.rates,
            start: MonteCarloTests.start, days: 92, paths: 100, seed: 8,
            costs: Self.model)
        let costs = try #require(result.pathCosts), series = MonteCarloResult.seriesCount
        #expect(costs.count == result.pathCounts.count)
        for row in stride(from: 0, to: costs.count, by: series) {
            let sum = costs[row..<(row + series - 1)].reduce(0, +)
            #expect(abs(sum - costs[row + series - 1]) <= 1e-9 * max(1, sum))
        }
        for point in result.points {
            for d in (point.costs ?? []) + [point.totalCost].compactMap({ $0 }) {
                #expect(d.p5 <= d.p25 && d.p25 <= d.p50 && d.p50 <= d.p75 && d.p75 <= d.p95)
            }
        }
        // Without costs nothing is priced.
        let plain = await MonteCarloProjection.project(
            stock: MonteCarloTests.stock, rates: MonteCarloTests.rates,
            start: MonteCarloTests.start, days: 92, paths: 100, seed: 8)
        #expect(plain.pathCosts == nil && plain.points.allSatisfy { $0.costs == nil && $0.totalCost == nil })
        #expect(plain.pathCounts == result.pathCounts)
    }
}
