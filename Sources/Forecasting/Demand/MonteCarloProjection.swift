#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CareModel

/// Individual-level Monte-Carlo projection with the Markov model's observed rates (issue 5, item 2).
///
/// Every child in care on the start day and every simulated entrant is followed on its own. A child in state
/// s leaves it each day with probability p(s) = Σ r(s→s′) and then goes to s′ with probability r(s→s′) / p(s)
/// (ageing is one of these moves, as observed); so the time to its next move is geometric and is drawn in one
/// step rather than day by day. Moving to Not in care ends the child's path. Entrants arrive each day as a
/// Poisson draw with mean Σ e(s) × that day's entry multiplier, each into s with probability e(s) / Σ e.
/// In expectation this is exactly `MarkovProjection` (same M, same e); the paths give the spread.
///
/// Rates are memoryless here, as in the Markov model: time in placement does not change them yet.
public struct MonteCarloProjection: Sendable {
    /// log(1 − p(s)) per state: −∞ when the child surely moves, 0 when it never does.
    let logStay: [Double]
    /// Cumulative move probabilities given a move: `moveCumulative[from * count + to]`.
    let moveCumulative: [Double]
    /// Category of each state (`DemandCategory.rawValue`), so the daily loops never build a `DemandState`.
    let categoryOf: [Int]
    /// Σ e(s) and the cumulative shares e(s) / Σ e.
    let entryTotal: Double
    let entryCumulative: [Double]

    public init(rates: TransitionRates) {
        let n = DemandState.count
        var logStay = [Double](repeating: 0, count: n), cumulative = [Double](repeating: 0, count: n * n)
        for from in 0..<n {
            // Rates whose sum passed 1 (unnormalised input) move the child surely, shared as the rates are.
            let outgoing = DemandState.all[from].isInCare ? rates.outgoing(from: DemandState.all[from]) : 0
            logStay[from] = outgoing >= 1 ? -.infinity : log1p(-outgoing)
            var running = 0.0
            for to in 0..<n {
                if to != from && outgoing > 0 { running += rates.transition[from * n + to] / outgoing }
                cumulative[from * n + to] = running
            }
        }
        self.logStay = logStay
        moveCumulative = cumulative
        categoryOf = DemandState.all.map(\.category.rawValue)
        // Only entries into care count: an entry rate into Not in care (possible by adjustment) adds nobody.
        let entry = DemandState.all.map { $0.isInCare ? rates.entry[$0.index] : 0 }
        let total = entry.reduce(0, +)
        var running = 0.0
        entryTotal = total
        entryCumulative = entry.map { running += total > 0 ? $0 / total : 0; return running }
    }

    /// Runs `paths` paths of `days` days from the stock on `start` (counts rounded to whole children) and
    /// summarises them at each month end. `entryMultipliers[k]` scales the entry rates on day `start + k + 1`
    /// (as in `MarkovProjection`); missing days use 1. Paths are split into `chunks` tasks run in parallel;
    /// each path has its own stream from `seed`, so the result depends on the seed only, not on `chunks`.
    public func project(stock: [DemandState: Double], start: Day, days: Int, paths: Int, seed: UInt64,
                        entryMultipliers: [Double]? = nil, chunks: Int = 8) async -> MonteCarloResult {
        var initial = [Int](repeating: 0, count: DemandState.count)
        for (state, count) in stock where state.isInCare { initial[state.index] = max(0, Int(count.rounded())) }
        let run = MonteCarloRun(initial: initial, calendar: MonteCarloCalendar(start: start, days: days), days: max(0, days),
                                multipliers: entryMultipliers ?? [], seed: seed)
        let paths = max(0, paths), chunks = max(1, min(chunks, paths))
        let width = run.calendar.offsets.count * MonteCarloResult.seriesCount
        var counts = [Int32](repeating: 0, count: paths * width)
        await withTaskGroup(of: (Int, [Int32]).self) { group in
            for chunk in 0..<chunks {
                let range = (chunk * paths / chunks)..<((chunk + 1) * paths / chunks)
                group.addTask { (range.lowerBound, self.simulate(paths: range, run: run)) }
            }
            for await (first, part) in group {
                counts.replaceSubrange((first * width)..<(first * width + part.count), with: part)
            }
        }
        return MonteCarloResult(monthEnds: run.calendar.monthEnds, paths: paths, pathCounts: counts)
    }

    /// Convenience: the Monte-Carlo run for `rates`.
    public static func project(stock: [DemandState: Double], rates: TransitionRates, start: Day, days: Int,
                               paths: Int, seed: UInt64, entryMultipliers: [Double]? = nil) async -> MonteCarloResult {
        await MonteCarloProjection(rates: rates).project(stock: stock, start: start, days: days, paths: paths,
                                                         seed: seed, entryMultipliers: entryMultipliers)
    }
}

/// What every path of one run shares.
struct MonteCarloRun: Sendable {
    let initial: [Int]
    let calendar: MonteCarloCalendar
    let days: Int
    let multipliers: [Double]
    let seed: UInt64
}
