import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: generated region")
struct DemandScaleTests {
    /// A deterministic region: `children` children with 4 episodes each, moving between codes.
    static func region(children: Int) -> [ChildHistory] {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let places: [PlacementType] = [.u4, .u6, .u1, .k2, .r1, .h5, .p1, .k3]
        return (0..<children).map { i in
            let born = Day(iso: "2005-01-01")!.adding(days: next(6000))
            var start = max(born, Day(iso: "2019-04-01")!).adding(days: next(1500))
            var episodes: [Episode] = []
            for k in 0..<4 {
                let end: Day? = k == 3 && next(2) == 0 ? nil : start.adding(days: 30 + next(300))
                episodes.append(
                    Episode(
                        childID: "\(i)", start: start, reasonNew: .p, legalStatus: .c2,
                        place: places[next(places.count)], end: end))
                guard let end else { break }
                start = end.adding(days: next(3) == 0 ? 40 : 0)
            }
            return ChildHistory(
                authority: "\(i % 10)", child: Child(id: "\(i)", sex: .male, dateOfBirth: born),
                episodes: episodes)
        }
    }

    @Test("20,000 children, 24 months daily: stock, rates and projection hold together")
    func region() {
        let histories = Self.region(children: 20_000)
        let clock = ContinuousClock()
        let started = clock.now
        let history = DemandHistory(histories: histories)
        let reference = (history.dataEnd.adding(months: -12), history.dataEnd)
        let rates = TransitionRates.observed(in: history, referenceStart: reference.0, referenceEnd: reference.1)
        let stock = history.stock(on: history.dataEnd)
        let points = MarkovProjection.project(stock: stock, rates: rates, start: history.dataEnd, days: 730)
        print("demand region: \(histories.count) children, \(history.rows.count) rows, \(clock.now - started)")
        #expect(points.count == 730)
        for state in DemandState.all where state.isInCare {
            #expect(rates.outgoing(from: state) <= 1)
        }
        #expect(points[729].means.allSatisfy { $0 >= 0 })
        #expect(rates.transitionsWithoutStock == 0)
    }
}
