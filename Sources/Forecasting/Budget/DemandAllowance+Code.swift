extension DemandAllowance {
    /// The allowance from its short name, as the command line (`--allowance`) and the web page (`allowance=`)
    /// write it: `none`, `recent-N` (the average net new placements of the last N months, 1–24) or
    /// `projected` (the demand projection's cost to 31 March less committed spend).
    public init?(code: String) {
        if code == "none" { self = .none; return }
        if code == "projected" { self = .projectedDemand; return }
        guard code.hasPrefix("recent-"), let n = Int(code.dropFirst(7)), (1...24).contains(n) else { return nil }
        self = .recentNetNew(months: n)
    }

    /// The short name `init(code:)` reads.
    public var code: String {
        switch method {
        case .none: "none"
        case .recentNetNew(let months): "recent-\(months)"
        case .projectedDemand: "projected"
        }
    }
}
