import CareModel

/// The regional demand model's stock-and-flow projection (`ssda903/multinomial.py`, `MultinomialPredictor`).
///
/// Each day, with M[to, from] = r(from→to) off the diagonal and M[s, s] = 1 − Σ_{s′≠s} r(s→s′)
/// (`populate_same_state_transition`, `build_transition_rates_matrix`), and e the entry rates:
///
///     pop(t+1) = M·pop(t) + e
///     V(t+1)   = V(t) + (M∘(1−M))·pop(t) + e      (multinomial moves, Poisson entries; V(0) = 0)
///
/// Not in care states have no outgoing rates, so they keep everyone who leaves (M[s, s] = 1).
public struct MarkovProjection: Sendable {
    /// M[to, from], flattened as `matrix[to * count + from]`.
    let matrix: [Double]
    let entry: [Double]

    public init(rates: TransitionRates) {
        let n = DemandState.count
        var matrix = [Double](repeating: 0, count: n * n)
        for from in 0..<n {
            var outgoing = 0.0
            for to in 0..<n where to != from {
                let rate = rates.transition[from * n + to]
                matrix[to * n + from] = rate
                outgoing += rate
            }
            matrix[from * n + from] = 1 - outgoing
        }
        self.matrix = matrix
        entry = rates.entry
    }

    /// Projects `days` daily steps from the stock on `start`. Points are dated `start + 1 … start + days`,
    /// as the regional `predict` indexes them (the start day itself is not repeated).
    ///
    /// `entryMultipliers[k]`, when given, scales the entry vector e on the step to `start + k + 1` (entry
    /// seasonality and trend); steps beyond the array use 1.
    public static func project(
        stock: [DemandState: Double], rates: TransitionRates,
        start: Day, days: Int, entryMultipliers: [Double]? = nil
    ) -> [ProjectionPoint] {
        var population = [Double](repeating: 0, count: DemandState.count)
        for (state, count) in stock { population[state.index] = count }
        return MarkovProjection(rates: rates).project(
            population: population, start: start, days: days,
            entryMultipliers: entryMultipliers)
    }

    /// Projects from a population indexed by `DemandState.index`.
    /// With `entryMultipliers`, e is scaled on each step as in `project(stock:rates:start:days:entryMultipliers:)`.
    public func project(
        population initial: [Double], start: Day, days: Int,
        entryMultipliers: [Double]? = nil
    ) -> [ProjectionPoint] {
        let n = DemandState.count
        let multipliers = entryMultipliers ?? []
        var population = initial, variance = [Double](repeating: 0, count: n)
        var next = population
        var points: [ProjectionPoint] = []
        points.reserveCapacity(max(0, days))
        for step in 0..<max(0, days) {
            // × 1 leaves e bit for bit as it was, so the plain projection is unchanged.
            let factor = step < multipliers.count ? multipliers[step] : 1
            for to in 0..<n {
                var mean = entry[to] * factor, spread = entry[to] * factor
                for from in 0..<n {
                    let m = matrix[to * n + from]
                    mean += m * population[from]
                    spread += m * (1 - m) * population[from]
                }
                next[to] = mean
                variance[to] += spread
            }
            swap(&population, &next)
            points.append(ProjectionPoint(date: start.adding(days: step + 1), means: population, variances: variance))
        }
        return points
    }
}
