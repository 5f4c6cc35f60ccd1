import CareModel

/// Which figures of one row of the monitor (a budget line, or the total) a reader may see; made by
/// `MonitorReport.rowDisclosure(line:_:)`, which holds the rule. With full disclosure everything is shown.
public struct MonitorRowDisclosure: Hashable, Sendable {
    /// The estimated number of children the budget was built on.
    public var budgetedChildren = true
    /// Children on the line at the end of the period.
    public var childrenAtPeriodEnd = true
    /// This period's money: actual to date, committed, the allowance, the forecast and its variance to budget.
    public var forecast = true
    /// The previous month's frozen forecast.
    public var previousForecast = true
    /// The average weekly unit cost.
    public var averageWeeklyUnitCost = true
    /// The previous forecast's average weekly unit cost (only ever shown as the change from it).
    public var previousAverage = true

    /// Every figure shown.
    public static let everything = MonitorRowDisclosure()

    public init(
        budgetedChildren: Bool = true, childrenAtPeriodEnd: Bool = true, forecast: Bool = true,
        previousForecast: Bool = true, averageWeeklyUnitCost: Bool = true, previousAverage: Bool = true
    ) {
        self.budgetedChildren = budgetedChildren
        self.childrenAtPeriodEnd = childrenAtPeriodEnd
        self.forecast = forecast
        self.previousForecast = previousForecast
        self.averageWeeklyUnitCost = averageWeeklyUnitCost
        self.previousAverage = previousAverage
    }

    /// Forecast − previous forecast gives either away when the other is known, so it needs both.
    public var varianceToPrevious: Bool { forecast && previousForecast }

    /// Likewise the change in the average weekly unit cost.
    public var unitCostChange: Bool { averageWeeklyUnitCost && previousAverage }

    /// Whether one cause of the line's movement since the previous forecast may be shown: not when the
    /// line's change is hidden (the causes add up to it), nor when the cause is 1 to 5 children's placements.
    public func shows(_ cause: ForecastMovement.Component, _ disclosure: Disclosure) -> Bool {
        varianceToPrevious && disclosure.shows(children: cause.children.count)
    }

    /// Whether anything in the row is hidden (the page then adds `SmallNumbers.note`).
    public var hidesAny: Bool { self != .everything }
}
