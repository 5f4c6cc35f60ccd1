import CareModel

/// How a budget line's forecast allows for placements not yet made by the end of the period.
public struct DemandAllowance: Hashable, Sendable, Codable {
    public enum Method: Hashable, Sendable, Codable {
        /// No allowance: the forecast is actual plus committed spend only.
        case none
        /// The line's net new placements per month over the last `months` months (ending with the
        /// period) continue each month to 31 March, at the line's average weekly cost.
        case recentNetNew(months: Int)
        /// The demand projection's cost for the line from the day after the period to 31 March, less the
        /// committed cost of the children already placed on it, floored at zero (issue 5, item 4). The
        /// projected costs are given to `BudgetMonitor` (`projectedCosts`, from `BudgetDemandProjection`).
        case projectedDemand
    }

    public var method: Method

    public init(method: Method) { self.method = method }

    /// No allowance, the default for a line with none configured.
    public static let none = DemandAllowance(method: .none)

    /// The allowance from the last `months` months' net new placements.
    public static func recentNetNew(months: Int) -> DemandAllowance {
        DemandAllowance(method: .recentNetNew(months: months))
    }

    /// The allowance from projected demand less committed spend.
    public static let projectedDemand = DemandAllowance(method: .projectedDemand)

    /// The method in words, for the monitor's output.
    public var description: String {
        switch method {
        case .none:
            "none: the forecast is actual and committed spend only"
        case .recentNetNew(let months):
            "recent-\(months): the average net new placements a month over the last \(months) months continue to 31 March, "
                + "at the line's average weekly cost"
        case .projectedDemand:
            "projected: the demand projection's cost for the line to 31 March, less the committed cost of the children "
                + "already placed, floored at zero"
        }
    }
}
