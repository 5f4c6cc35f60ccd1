import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: Monte-Carlo random numbers")
struct MonteCarloStreamTests {
    @Test("Poisson draws have the right mean and variance", arguments: [0.3, 3.2, 40.0])
    func poisson(mean: Double) {
        // 100,000 draws: the sample mean's standard error is √(mean / 100,000); allow 5 of them.
        // The variance of a Poisson count equals its mean; its estimate is allowed 5 %.
        var stream = MonteCarloStream(seed: 11, path: 0)
        let n = 100_000
        let draws = (0..<n).map { _ in Double(stream.poisson(mean: mean)) }
        let average = draws.reduce(0, +) / Double(n)
        let variance = draws.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(n - 1)
        #expect(abs(average - mean) < 5 * (mean / Double(n)).squareRoot())
        #expect(abs(variance / mean - 1) < 0.05)
    }

    @Test("days until a move are geometric: P(K > k) = (1 − p)^k")
    func geometric() {
        // p = 0.1: P(K > 10) = 0.9^10 = 0.3487; the mean is 1 / p = 10.
        var stream = MonteCarloStream(seed: 5, path: 3)
        let n = 100_000
        let draws = (0..<n).map { _ in stream.daysUntilMove(logStay: -0.10536051565782628)! }  // log(0.9)
        let beyondTen = Double(draws.filter { $0 > 10 }.count) / Double(n)
        #expect(abs(beyondTen - 0.3486784401) < 0.006)  // sd √(0.35·0.65 / 10⁵) = 0.0015
        #expect(abs(Double(draws.reduce(0, +)) / Double(n) - 10) < 0.15)  // sd √90 / √10⁵ = 0.03
        #expect(draws.min() == 1)
        #expect(stream.daysUntilMove(logStay: 0) == nil)
        #expect(stream.daysUntilMove(logStay: -.infinity) == 1)
    }

    @Test("paths of one seed get different streams")
    func streams() {
        var a = MonteCarloStream(seed: 1, path: 0), b = MonteCarloStream(seed: 1, path: 1)
        var c = MonteCarloStream(seed: 1, path: 0)
        let first = a.next()
        #expect(first != b.next())
        #expect(first == c.next())
    }
}
