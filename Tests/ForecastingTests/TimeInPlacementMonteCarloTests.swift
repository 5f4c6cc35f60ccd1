import CareModel
import Foundation
import Testing

@testable import Forecasting

@Suite("Demand model: Monte-Carlo paths by time in placement")
struct TimeInPlacementMonteCarloTests {
    static let day = DemandSplittingTests.day
    static let f = DemandRatesTests.fostering, left = DemandRatesTests.left
    static let start = day("2024-03-31")

    /// 80 children over 2022–2024: every fifth enters for a short stay (20–60 days), the others stay long
    /// (300–1,100 days, some still open), every seventh moves from foster care to a children's home on the way.
    static let history: DemandHistory = {
        let places: [PlacementType] = [.u4, .u1, .k2, .h5, .u6]
        let histories = (0..<80).map { i -> ChildHistory in
            let entered = day("2022-01-01").adding(days: i * 11)
            let length = i % 5 == 0 ? 20 + (i * 7) % 41 : 300 + (i * 97) % 800
            let end = entered.adding(days: length)
            let born = entered.adding(days: -(365 * (2 + i % 15) + i))
            var episodes: [(String, String?, PlacementType)] = []
            if i % 7 == 3 && length > 100 {
                let move = entered.adding(days: length / 3)
                episodes = [(entered.iso, move.iso, .u4), (move.iso, end > Self.start ? nil : end.iso, .k2)]
            } else {
                episodes = [(entered.iso, end > Self.start ? nil : end.iso, places[i % places.count])]
            }
            return DemandSplittingTests.history("T\(i)", born: born.iso, episodes)
        }
        return DemandHistory(histories: histories, dataStart: day("2021-04-01"), dataEnd: day("2024-03-31"))
    }()
    static let referenceStart = day("2022-04-01"), referenceEnd = day("2024-03-31")

    @Test("with time in placement collapsed to one band, or every band too thin, the paths are the plain Monte-Carlo's")
    func collapsedIsPlain() async {
        let plainRates = TransitionRates.observed(
            in: Self.history, referenceStart: Self.referenceStart,
            referenceEnd: Self.referenceEnd)
        let single = TimeInPlacementRates.observed(
            in: Self.history, referenceStart: Self.referenceStart,
            referenceEnd: Self.referenceEnd, bands: .single, minimumChildDays: 0)
        #expect(single.byBand == [plainRates])
        let thin = TimeInPlacementRates.observed(
            in: Self.history, referenceStart: Self.referenceStart,
            referenceEnd: Self.referenceEnd, minimumChildDays: .infinity)
        let shaped = TimeInPlacementRates.observed(
            in: Self.history, referenceStart: Self.referenceStart,
            referenceEnd: Self.referenceEnd, minimumChildDays: 100)
        let children = Self.history.childrenInPlacement(on: Self.start)
        #expect(children.count == Int(Self.history.stock(on: Self.start).values.reduce(0, +)))
        let plain = await MonteCarloProjection(rates: plainRates).project(
            stock: Self.history.stock(on: Self.start), start: Self.start, days: 365, paths: 200, seed: 5)
        for rates in [single, thin] {
            let byDuration = await MonteCarloProjection(rates: rates).project(
                children: children, start: Self.start, days: 365, paths: 200, seed: 5)
            #expect(byDuration.pathCounts == plain.pathCounts)
        }
        // Short stays make leaving likelier early in a placement here, so shaping by time in placement matters.
        #expect(shaped.rate(from: Self.f, to: Self.left, band: 0) > shaped.rate(from: Self.f, to: Self.left, band: 3))
        let different = await MonteCarloProjection(rates: shaped).project(
            children: children, start: Self.start, days: 365, paths: 200, seed: 5)
        #expect(different.pathCounts != plain.pathCounts)
    }

    /// One state, leaving at 2% a day in the first 30 days of a placement and 0.5% a day after; no other moves.
    static func leavingRates(entry: Double) -> TimeInPlacementRates {
        var early = TransitionRates(), late = TransitionRates()
        early[f, left] = 0.02
        late[f, left] = 0.005
        early.setEntryRate(entry, into: f)
        late.setEntryRate(entry, into: f)
        let n = DemandState.count
        return TimeInPlacementRates(
            bands: TimeInPlacementBands(lowerBounds: [0, 30])!, byBand: [early, late],
            childDays: [Double](repeating: 0, count: 2 * n), fallback: [Bool](repeating: false, count: 2 * n))
    }

    @Test("the mean converges to the expected count worked out from survival by time in placement")
    func convergesToSurvival() async throws {
        // 50 children placed on the start day, 30 placed 100 days before it, and 0.5 entrants a day.
        // A child at risk from day a, placed on day s, is still there on day t with chance
        // S = Π_{x=a}^{t−1} (1 − p(x − s)), p = 0.02 for x − s < 30 and 0.005 after. So
        //   E N(t) = 50·S₁(t) + 30·0.995^t + 0.5·Σ_{k=1}^{t} S₁(t − k),   S₁(u) = 0.98^min(u,30) · 0.995^max(0,u−30).
        // Children are independent and the entrants Poisson, so Var N(t) = Σ S(1 − S) over the stock + the
        // entrants' mean; 4 standard errors of the mean over N paths leave a chance under 10⁻⁴ per comparison.
        let placed =
            [ChildInPlacement](repeating: ChildInPlacement(state: Self.f, placementStart: Self.start), count: 50)
            + [ChildInPlacement](
                repeating: ChildInPlacement(state: Self.f, placementStart: Self.start.adding(days: -100)), count: 30)
        let paths = 4_000
        let result = await MonteCarloProjection(rates: Self.leavingRates(entry: 0.5))
            .project(children: placed, start: Self.start, days: 91, paths: paths, seed: 11)
        func s1(_ u: Int) -> Double { pow(0.98, Double(min(u, 30))) * pow(0.995, Double(max(0, u - 30))) }
        try #require(result.monthEnds == ["2024-04-30", "2024-05-31", "2024-06-30"].map(Self.day))
        for point in result.points {
            let t = Self.start.days(to: point.date)
            let entrants = (1...t).reduce(0.0) { $0 + 0.5 * s1(t - $1) }
            let s2 = pow(0.995, Double(t))
            let mean = 50 * s1(t) + 30 * s2 + entrants
            let variance = 50 * s1(t) * (1 - s1(t)) + 30 * s2 * (1 - s2) + entrants
            let got = try #require(point.distribution(of: .fostering)).mean
            #expect(
                abs(got - mean) <= 4 * (variance / Double(paths)).squareRoot(), "\(point.date): \(got) against \(mean)")
        }
    }

    @Test("paths move through the bands: a child placed long ago leaves at the late rate from the first day")
    func longPlacedLeaveSlowly() async throws {
        // Only 200 long-placed children (band 1 from day 0): after 30 days, 200 · 0.995^30 ≈ 172.2 remain on average
        // (at the early rate it would be 200 · 0.98^30 ≈ 109.1). Binomial sd √(200 · 0.861 · 0.139) ≈ 4.9 per path.
        let placed = [ChildInPlacement](
            repeating: ChildInPlacement(state: Self.f, placementStart: Self.start.adding(days: -400)),
            count: 200)
        let result = await MonteCarloProjection(rates: Self.leavingRates(entry: 0))
            .project(children: placed, start: Self.start, days: 30, paths: 2_000, seed: 3)
        let mean = try #require(result.points.first?.distribution(of: .fostering)).mean
        let expected = 200 * pow(0.995, 30.0), sd = (expected * (1 - expected / 200)).squareRoot()
        #expect(abs(mean - expected) <= 4 * sd / (2_000.0).squareRoot())
    }
}
