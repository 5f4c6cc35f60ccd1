import Forecasting

extension DemandAllowance {
    /// Reads `none` or `recent-N` (the average net new placements of the last N months).
    init?(argument: String) {
        if argument == "none" { self = .none; return }
        guard argument.hasPrefix("recent-"), let n = Int(argument.dropFirst(7)), (1...24).contains(n) else { return nil }
        self = .recentNetNew(months: n)
    }
}
