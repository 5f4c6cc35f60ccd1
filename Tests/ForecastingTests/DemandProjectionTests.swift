import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: Markov projection")
struct DemandProjectionTests {
    static let f = DemandRatesTests.fostering, r = DemandRatesTests.residential, x = DemandRatesTests.left

    /// F→R 0.1, F→X 0.2, R→X 0.5 a day; 2 entrants a day into F. So M's columns are
    /// F: (F 0.7, R 0.1, X 0.2), R: (R 0.5, X 0.5), X: (X 1).
    static var rates: TransitionRates {
        var rates = TransitionRates()
        rates[f, r] = 0.1
        rates[f, x] = 0.2
        rates[r, x] = 0.5
        rates.setEntryRate(2, into: f)
        return rates
    }

    @Test("one and two daily steps of mean and variance")
    func twoSteps() throws {
        let start = DemandSplittingTests.day("2024-03-31")
        let points = MarkovProjection.project(stock: [Self.f: 10, Self.r: 4], rates: Self.rates, start: start, days: 2)
        try #require(points.count == 2)
        #expect(points.map(\.date) == [DemandSplittingTests.day("2024-04-01"), DemandSplittingTests.day("2024-04-02")])
        // Step 1: F = 0.7·10 + 2 = 9; R = 0.1·10 + 0.5·4 = 3; X = 0.2·10 + 0.5·4 = 4.
        // V1: F = 0.7·0.3·10 + 2 = 4.1; R = 0.1·0.9·10 + 0.5·0.5·4 = 1.9; X = 0.2·0.8·10 + 0.25·4 = 2.6.
        // Step 2: F = 0.7·9 + 2 = 8.3; R = 0.1·9 + 0.5·3 = 2.4; X = 0.2·9 + 0.5·3 + 4 = 7.3.
        // V2: F = 4.1 + 0.21·9 + 2 = 7.99; R = 1.9 + 0.09·9 + 0.25·3 = 3.46; X = 2.6 + 0.16·9 + 0.25·3 + 0 = 4.79.
        let expected: [(DemandState, [Double], [Double])] = [
            (Self.f, [9, 8.3], [4.1, 7.99]), (Self.r, [3, 2.4], [1.9, 3.46]), (Self.x, [4, 7.3], [2.6, 4.79]),
        ]
        for (state, means, variances) in expected {
            for step in 0..<2 {
                #expect(abs(points[step].mean(of: state) - means[step]) < 1e-9, "\(state) mean, step \(step + 1)")
                #expect(
                    abs(points[step].variance(of: state) - variances[step]) < 1e-9,
                    "\(state) variance, step \(step + 1)")
            }
        }
        // The chart band: 9 ± 2·√4.1.
        let band = points[0].band(of: Self.f)
        #expect(abs(band.upperBound - (9 + 2 * 4.1.squareRoot())) < 1e-9)
        #expect(points[0].mean[Self.f] == points[0].mean(of: Self.f))
        #expect(abs(points[1].meanInCare - (8.3 + 2.4)) < 1e-9)
    }

    @Test("with no entrants the total over all states, Not in care included, stays the same")
    func conservation() {
        var rates = Self.rates
        rates.setEntryRate(0, into: Self.f)
        rates[Self.f, DemandState(.sixteenPlus, .fostering)] = 1.0 / 700  // ageing
        rates[Self.r, Self.f] = 0.05
        let points = MarkovProjection.project(
            stock: [Self.f: 120, Self.r: 30], rates: rates,
            start: DemandSplittingTests.day("2024-03-31"), days: 730)
        for point in [points[0], points[364], points[729]] {
            #expect(abs(point.means.reduce(0, +) - 150) < 1e-9)
        }
        // Without exits either, everyone stays in care.
        rates[Self.f, Self.x] = 0
        rates[Self.r, Self.x] = 0
        let closed = MarkovProjection.project(
            stock: [Self.f: 120, Self.r: 30], rates: rates,
            start: DemandSplittingTests.day("2024-03-31"), days: 730)
        #expect(abs(closed[729].meanInCare - 150) < 1e-9)
    }

    @Test("rates observed from histories project the stock forward")
    func endToEnd() {
        let history = DemandRatesTests.history
        let stock = history.stock(on: history.dataEnd)
        // On 31 March 2024 only A is in care (K2, aged 11). Residential → Not in care is 1/12 a day,
        // entries 0.1 a day into residential: after one day 1 − 1/12 + 0.1.
        #expect(stock == [Self.r: 1])
        let points = MarkovProjection.project(
            stock: stock, rates: DemandRatesTests.rates, start: history.dataEnd, days: 1)
        #expect(abs(points[0].mean(of: Self.r) - (1 - 1.0 / 12 + 0.1)) < 1e-12)
    }
}
