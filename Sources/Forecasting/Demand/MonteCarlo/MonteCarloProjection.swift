import CareModel

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Individual-level Monte-Carlo projection with the Markov model's observed rates (issue 5, item 2).
///
/// Every child in care on the start day and every simulated entrant is followed on its own. A child in state
/// s leaves it each day with probability p(s) = Σ r(s→s′) and then goes to s′ with probability r(s→s′) / p(s)
/// (ageing is one of these moves, as observed); so the time to its next move is geometric and is drawn in one
/// step rather than day by day. Moving to Not in care ends the child's path. Entrants arrive each day as a
/// Poisson draw with mean Σ e(s) × that day's entry multiplier, each into s with probability e(s) / Σ e.
/// In expectation this is exactly `MarkovProjection` (same M, same e); the paths give the spread.
///
/// By age and time in placement (`init(rates: TimeInPlacementRates)`), p and the move shares also depend on
/// how long the child has been in the placement: each child carries the day its placement began (from the
/// data for the stock, the entry day for entrants, the day of the move after a change of kind of home), and
/// the time to its next move is drawn by inversion through the bands (`MonteCarloProjection+Path.swift`).
/// With one band this is the plain projection, drawing the same numbers.
public struct MonteCarloProjection: Sendable {
    /// log(1 − p(s)) per band of time in placement and state, `logStay[band * count + state]`: −∞ when the
    /// child surely moves, 0 when it never does.
    let logStay: [Double]
    /// Cumulative move probabilities given a move: `moveCumulative[(band * count + from) * count + to]`.
    let moveCumulative: [Double]
    /// First day of each band of time in placement (`[0]` for the plain projection).
    let bandStarts: [Int]
    /// Category of each state (`DemandCategory.rawValue`), so the daily loops never build a `DemandState`.
    let categoryOf: [Int]
    /// Σ e(s) and the cumulative shares e(s) / Σ e.
    let entryTotal: Double
    let entryCumulative: [Double]

    /// The plain projection: rates by age and category only.
    public init(rates: TransitionRates) {
        self.init(rates: TimeInPlacementRates(uniform: rates))
    }

    /// The projection by age and time in placement. Entry rates are those of the first band (all bands share them).
    public init(rates: TimeInPlacementRates) {
        let n = DemandState.count
        var logStay: [Double] = [], cumulative: [Double] = []
        for band in rates.byBand {
            let (stay, moves) = Self.moves(band)
            logStay += stay
            cumulative += moves
        }
        self.logStay = logStay
        moveCumulative = cumulative
        bandStarts = rates.bands.lowerBounds
        categoryOf = DemandState.all.map(\.category.rawValue)
        // Only entries into care count: an entry rate into Not in care (possible by adjustment) adds nobody.
        let entry = DemandState.all.map { $0.isInCare ? rates.byBand[0].entry[$0.index] : 0 }
        let total = entry.reduce(0, +)
        var running = 0.0
        entryTotal = total
        entryCumulative = entry.map {
            running += total > 0 ? $0 / total : 0; return running
        }
        precondition(logStay.count == n * bandStarts.count)
    }

    /// log(1 − p) per state and the cumulative move shares per origin for one set of rates.
    private static func moves(_ rates: TransitionRates) -> (logStay: [Double], cumulative: [Double]) {
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
        return (logStay, cumulative)
    }

    /// Runs `paths` paths of `days` days from the stock on `start` (counts rounded to whole children) and
    /// summarises them at each month end. Every child of the stock starts its placement on `start`, which
    /// matters only by time in placement: there, pass the children with `project(children:…)`.
    /// `entryMultipliers[k]` scales the entry rates on day `start + k + 1` (as in `MarkovProjection`);
    /// missing days use 1. With `costs`, each path is also priced month by month (`MonteCarloPricing`).
    /// Paths are split into `chunks` tasks run in parallel; each path has its own stream from `seed`, so the
    /// result depends on the seed only, not on `chunks`.
    public func project(
        stock: [DemandState: Double], start: Day, days: Int, paths: Int, seed: UInt64,
        entryMultipliers: [Double]? = nil, costs: DemandCostProjection? = nil,
        chunks: Int = 8
    ) async -> MonteCarloResult {
        var children: [ChildInPlacement] = []
        for state in DemandState.all where state.isInCare {
            let count = max(0, Int((stock[state] ?? 0).rounded()))
            children += repeatElement(ChildInPlacement(state: state, placementStart: start), count: count)
        }
        return await project(
            children: children, start: start, days: days, paths: paths, seed: seed,
            entryMultipliers: entryMultipliers, costs: costs, chunks: chunks)
    }

    /// Runs the paths from these children in care on `start` (`DemandHistory.childrenInPlacement(on:)`); see
    /// `project(stock:…)`. Children are followed in state order, so the order they are given in does not matter.
    public func project(
        children: [ChildInPlacement], start: Day, days: Int, paths: Int, seed: UInt64,
        entryMultipliers: [Double]? = nil, costs: DemandCostProjection? = nil,
        chunks: Int = 8
    ) async -> MonteCarloResult {
        let calendar = MonteCarloCalendar(start: start, days: days)
        let run = MonteCarloRun(
            children: children, start: start, calendar: calendar, days: max(0, days),
            multipliers: entryMultipliers ?? [], seed: seed,
            pricing: costs.map { MonteCarloPricing(costs: $0, start: start, calendar: calendar) })
        let paths = max(0, paths), chunks = max(1, min(chunks, paths))
        let parts = await withTaskGroup(of: (Int, MonteCarloPaths).self) { group in
            for chunk in 0..<chunks {
                let range = (chunk * paths / chunks)..<((chunk + 1) * paths / chunks)
                group.addTask { (chunk, self.simulate(paths: range, run: run)) }
            }
            var parts = [MonteCarloPaths?](repeating: nil, count: chunks)
            for await (chunk, part) in group { parts[chunk] = part }
            return parts.compactMap { $0 }
        }
        // Joined into arrays sized once: growing them chunk by chunk copied megabytes at 10,000 paths.
        var counts: [Int32] = [], costs: [Double] = []
        counts.reserveCapacity(parts.reduce(0) { $0 + $1.counts.count })
        costs.reserveCapacity(parts.reduce(0) { $0 + $1.costs.count })
        for part in parts {
            counts += part.counts
            costs += part.costs
        }
        return MonteCarloResult(
            monthEnds: calendar.monthEnds, paths: paths, pathCounts: counts,
            pathCosts: run.pricing == nil ? nil : costs)
    }

    /// Convenience: the Monte-Carlo run for `rates`.
    public static func project(
        stock: [DemandState: Double], rates: TransitionRates, start: Day, days: Int,
        paths: Int, seed: UInt64, entryMultipliers: [Double]? = nil,
        costs: DemandCostProjection? = nil
    ) async -> MonteCarloResult {
        await MonteCarloProjection(rates: rates).project(
            stock: stock, start: start, days: days, paths: paths,
            seed: seed, entryMultipliers: entryMultipliers, costs: costs)
    }
}

/// What every path of one run shares.
struct MonteCarloRun: Sendable {
    /// State of each child in care on the start day, in state order, and the day its placement began as an
    /// offset from the start (0 or less).
    let initialStates: [Int]
    let initialSince: [Int]
    let calendar: MonteCarloCalendar
    let days: Int
    let multipliers: [Double]
    let seed: UInt64
    let pricing: MonteCarloPricing?

    init(
        children: [ChildInPlacement], start: Day, calendar: MonteCarloCalendar, days: Int, multipliers: [Double],
        seed: UInt64, pricing: MonteCarloPricing?
    ) {
        // Stable sort by state: the plain projection followed the stock state by state.
        let sorted = children.enumerated().sorted { a, b in
            a.element.state.index != b.element.state.index
                ? a.element.state.index < b.element.state.index : a.offset < b.offset
        }.map(\.element)
        initialStates = sorted.map(\.state.index)
        initialSince = sorted.map { min(0, start.days(to: $0.placementStart)) }
        self.calendar = calendar
        self.days = days
        self.multipliers = multipliers
        self.seed = seed
        self.pricing = pricing
    }
}
