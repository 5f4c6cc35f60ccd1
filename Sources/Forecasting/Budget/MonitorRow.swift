import CareModel

/// One line of the monthly monitor, in the columns finance already report by hand.
public struct MonitorRow: Hashable, Sendable, Codable {
    public var line: String
    /// Estimated numbers when the budget was set.
    public var budgetedChildren: Int
    public var budget: Money
    /// The previous period's frozen forecast; `nil` when that month was not closed.
    public var previousForecast: Money?
    /// Children placed on the line at the end of the period.
    public var childrenAtPeriodEnd: Int
    public var forecast: Money
    /// forecast − previous forecast; `nil` with no previous forecast.
    public var varianceToPrevious: Money?
    /// forecast − budget: positive is an overspend.
    public var varianceToBudget: Money
    public var averageWeeklyUnitCost: Money
    /// Average weekly unit cost − the previous forecast's; `nil` with no previous forecast.
    public var unitCostChange: Money?

    /// The row for a line's forecast against the previous period's forecast of the same line, if any.
    public init(current: LineForecast, previous: LineForecast?) {
        line = current.line
        budgetedChildren = current.budgetedChildren
        budget = current.budget
        previousForecast = previous?.forecast
        childrenAtPeriodEnd = current.childrenAtPeriodEnd
        forecast = current.forecast
        varianceToPrevious = previous.map { current.forecast - $0.forecast }
        varianceToBudget = current.forecast - current.budget
        averageWeeklyUnitCost = current.averageWeeklyUnitCost
        unitCostChange = previous.map { current.averageWeeklyUnitCost - $0.averageWeeklyUnitCost }
    }
}
