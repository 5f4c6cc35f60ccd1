import CareModel

/// The monthly monitor table (the seed table): this period's forecast per line against the budget and
/// against the previous period's FROZEN forecast — what was actually reported, not a recomputation.
public struct MonitorTable: Hashable, Sendable, Codable {
    public var period: Period
    /// The period whose frozen forecast the variance to previous compares with; `nil` when not closed.
    public var previousPeriod: Period?
    /// One row per budget line, in the current forecast's order.
    public var rows: [MonitorRow]
    /// The total row, from the forecasts' totals (which are the sums of their lines).
    public var total: MonitorRow

    /// `previous` is the previous month's frozen forecast, or `nil` when it was not closed, which
    /// leaves the previous-forecast, variance-to-previous and unit-cost-change columns blank. A line
    /// the previous forecast did not have also has those columns blank.
    public init(current: BudgetForecast, previous: BudgetForecast?) {
        period = current.period
        previousPeriod = previous?.period
        rows = current.lines.map { line in
            MonitorRow(current: line, previous: previous?.line(named: line.line))
        }
        total = MonitorRow(current: current.total, previous: previous?.total)
    }
}
