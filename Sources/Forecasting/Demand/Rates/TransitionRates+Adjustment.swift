import CareModel

extension TransitionRates {
    /// The rates with scenario adjustments applied, as the regional `combine_rates` (`ssda903/multinomial.py`).
    ///
    /// Each adjusted rate is changed; then, for every origin whose outgoing rates (self-transition included)
    /// now sum to more than 1, `normalize_rates` shares out a total of 1: adjusted rates keep their values and
    /// the others are scaled into what is left, or, when the adjusted rates alone reach 1, they are scaled to
    /// sum to 1 and the others set to 0. Entry rates are changed but never normalised (they are numbers).
    /// Later adjustments of the same rate replace earlier ones, as one regional adjustment table would.
    public func adjusted(_ adjustments: [RateAdjustment]) -> TransitionRates {
        let n = DemandState.count
        var result = self
        var flagged = [Bool](repeating: false, count: n * n)
        var byTarget: [RateAdjustment.Target: RateAdjustment] = [:]
        for adjustment in adjustments { byTarget[adjustment.target] = adjustment }
        for adjustment in byTarget.values {
            switch adjustment.target {
            case .transition(let from, let to):
                let i = from.index * n + to.index
                result.transition[i] = adjustment.applied(to: transition[i])
                flagged[i] = adjustment.isChange
            case .entry(let into):
                result.entry[into.index] = adjustment.applied(to: entry[into.index])
            }
        }
        for from in 0..<n { result.normalise(from: from, flagged: flagged) }
        return result
    }

    /// The regional `normalize_rates` for one origin state.
    private mutating func normalise(from: Int, flagged: [Bool]) {
        let n = DemandState.count, row = (from * n)..<(from * n + n)
        let total = row.reduce(0) { $0 + transition[$1] }
        guard total > 1 else { return }
        let adjustedSum = row.reduce(0) { $0 + (flagged[$1] ? transition[$1] : 0) }
        let originalSum = total - adjustedSum
        for i in row {
            if adjustedSum >= 1 {
                transition[i] = flagged[i] ? transition[i] / adjustedSum : 0
            } else if !flagged[i] && originalSum > 0 {
                transition[i] *= (1 - adjustedSum) / originalSum
            }
        }
    }
}
