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
    /// The change from on-track programme plans' moves, when the forecast counts on them (zero otherwise):
    /// negative when children are expected to move to cheaper homes before 31 March.
    public var plannedMoves: Money
    /// The forecast outturn: actual to date + committed to 31 March + demand allowance + planned moves
    /// (stored so that encoded forecasts carry it).
    public var forecast: Money
    /// Mean net weekly cost of the line's placements open at period end, to the penny; zero when none.
    public var averageWeeklyUnitCost: Money

    public init(
        line: String, budgetedChildren: Int = 0, budget: Money = .zero, childrenAtPeriodEnd: Int = 0,
        actualToDate: Money = .zero, committed: Money = .zero, demandAllowance: Money = .zero,
        plannedMoves: Money = .zero, averageWeeklyUnitCost: Money = .zero
    ) {
        self.line = line
        self.budgetedChildren = budgetedChildren
        self.budget = budget
        self.childrenAtPeriodEnd = childrenAtPeriodEnd
        self.actualToDate = actualToDate
        self.committed = committed
        self.demandAllowance = demandAllowance
        self.plannedMoves = plannedMoves
        self.forecast = actualToDate + committed + demandAllowance + plannedMoves
        self.averageWeeklyUnitCost = averageWeeklyUnitCost
    }

    enum CodingKeys: String, CodingKey {
        case line, budgetedChildren, budget, childrenAtPeriodEnd, actualToDate, committed, demandAllowance
        case plannedMoves, forecast, averageWeeklyUnitCost
    }

    /// Reads forecasts frozen before planned moves existed as well as new ones (their planned moves are
    /// zero).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        line = try c.decode(String.self, forKey: .line)
        budgetedChildren = try c.decode(Int.self, forKey: .budgetedChildren)
        budget = try c.decode(Money.self, forKey: .budget)
        childrenAtPeriodEnd = try c.decode(Int.self, forKey: .childrenAtPeriodEnd)
        actualToDate = try c.decode(Money.self, forKey: .actualToDate)
        committed = try c.decode(Money.self, forKey: .committed)
        demandAllowance = try c.decode(Money.self, forKey: .demandAllowance)
        plannedMoves = try c.decodeIfPresent(Money.self, forKey: .plannedMoves) ?? .zero
        forecast = try c.decode(Money.self, forKey: .forecast)
        averageWeeklyUnitCost = try c.decode(Money.self, forKey: .averageWeeklyUnitCost)
    }
}
