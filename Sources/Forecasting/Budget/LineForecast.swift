import CareModel

/// One budget line's forecast outturn for a period, with each component shown so it can be traced.
public struct LineForecast: Hashable, Sendable, Codable {
    public var line: String
    /// The estimated number of children the budget was built on.
    public var budgetedChildren: Int
    public var budget: Money
    /// Children with a placement on the line open on the period's last day.
    public var childrenAtPeriodEnd: Int
    public var actualToDate: Money
    public var committed: Money
    public var demandAllowance: Money
    /// The forecast outturn: actual to date + committed to 31 March + demand allowance (stored so
    /// that encoded forecasts carry it).
    public var forecast: Money
    /// Mean net weekly cost of the line's placements open at period end, to the penny; zero when none.
    public var averageWeeklyUnitCost: Money

    public init(
        line: String, budgetedChildren: Int = 0, budget: Money = .zero, childrenAtPeriodEnd: Int = 0,
        actualToDate: Money = .zero, committed: Money = .zero, demandAllowance: Money = .zero,
        averageWeeklyUnitCost: Money = .zero
    ) {
        self.line = line
        self.budgetedChildren = budgetedChildren
        self.budget = budget
        self.childrenAtPeriodEnd = childrenAtPeriodEnd
        self.actualToDate = actualToDate
        self.committed = committed
        self.demandAllowance = demandAllowance
        self.forecast = actualToDate + committed + demandAllowance
        self.averageWeeklyUnitCost = averageWeeklyUnitCost
    }
}
