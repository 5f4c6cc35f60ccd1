import CareModel

/// Daily transition rates between demand states and daily entry rates into them, as the regional
/// model's `raw_transition_rates` and `daily_entrants` (`ssda903/population_stats.py`).
///
/// Rates are stored in flat arrays indexed by `DemandState.index` so the projection can use them directly.
public struct TransitionRates: Hashable, Sendable {
    /// `transition[from * DemandState.count + to]`: the expected share of children in `from` who move to
    /// `to` each day. Self-transitions (e.g. a move between two foster homes in the same band) are kept
    /// here as observed, but the projection ignores them, as the regional `populate_same_state_transition` does.
    public internal(set) var transition: [Double]
    /// `entry[to]`: children entering care into `to` per day.
    public internal(set) var entry: [Double]
    /// Transitions seen on a day when their origin had nobody the day before. The regional code raises
    /// `ValueError` here; Hearth skips the day and counts it so the caller can warn.
    public internal(set) var transitionsWithoutStock: Int

    /// All-zero rates: nobody moves, nobody enters.
    public init() {
        transition = [Double](repeating: 0, count: DemandState.count * DemandState.count)
        entry = [Double](repeating: 0, count: DemandState.count)
        transitionsWithoutStock = 0
    }

    /// The daily rate from one state to another.
    public subscript(from: DemandState, to: DemandState) -> Double {
        get { transition[from.index * DemandState.count + to.index] }
        set { transition[from.index * DemandState.count + to.index] = newValue }
    }

    /// Children entering care into `state` per day.
    public func entryRate(into state: DemandState) -> Double { entry[state.index] }

    public mutating func setEntryRate(_ rate: Double, into state: DemandState) { entry[state.index] = rate }

    /// Sum of the rates out of `from` to other states (what the diagonal of the matrix gives up).
    public func outgoing(from: DemandState) -> Double {
        let base = from.index * DemandState.count
        var total = 0.0
        for to in 0..<DemandState.count where to != from.index { total += transition[base + to] }
        return total
    }
}
