import Forecasting

extension DemandAllowance {
    /// Reads `none`, `recent-N` (the average net new placements of the last N months) or `projected`
    /// (the demand projection's cost to 31 March less committed spend).
    init?(argument: String) {
        if argument == "none" { self = .none; return }
        if argument == "projected" { self = .projectedDemand; return }
        guard argument.hasPrefix("recent-"), let n = Int(argument.dropFirst(7)), (1...24).contains(n) else { return nil }
        self = .recentNetNew(months: n)
    }
}
