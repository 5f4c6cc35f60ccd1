import CareModel

/// Everything the budget monitor shows for one authority and month, computed from the register,
/// the returns, the budget and the previous month's closed forecast: `hearth budget` and the web page both
/// show this, so they report the same numbers.
public struct MonitorReport: Sendable {
    public var authority: AuthorityCode
    public var forecast: BudgetForecast
    /// The forecast frozen when the previous month was closed; `nil` when it was not.
    public var previous: BudgetForecast?
    public var table: MonitorTable
    public var movements: [ForecastMovement]
    public var highCost: [HighCostPlacement]
    public var unregistered: [UnregisteredPlacement]
    public var exceptions: [RegisterException]
    /// How the forecast allows for placements not yet made, and, for projected demand, the projection used.
    public var allowance: DemandAllowance = .none
    public var projection: BudgetDemandProjection?
    /// The programme plans' moves the forecast counts on (empty when it counts on none).
    public var plannedMoves: [PlannedMove] = []

    public var period: Period { forecast.period }

    /// The allowance method in words, with the projection's start and window when there is one.
    public var allowanceDescription: String {
        var text = allowance.description
        if let projection {
            text +=
                " (Markov projection from \(projection.start.long), rates from "
                + "\(projection.referenceStart.long) to \(projection.referenceEnd.long), weekly costs from the register where it has them)"
        }
        return text + plannedMovesDescription
    }

    /// "; counting on 12 programme plans on track, each child repriced from the plan's target date", or
    /// nothing when the forecast counts on none.
    var plannedMovesDescription: String {
        guard !plannedMoves.isEmpty else { return "" }
        let plans = plannedMoves.count == 1 ? "1 programme plan" : "\(plannedMoves.count.grouped) programme plans"
        return "; counting on \(plans) on track, each child repriced from the plan's target date"
    }

    /// The month's monitor from values already loaded: no I/O, so benchmarks time exactly this.
    public static func compute(
        authority: AuthorityCode, costs: [PlacementCost], histories: [ChildHistory],
        lines: BudgetLineSet, budgets: [LineBudget], previous: BudgetForecast?,
        period: Period, allowance: DemandAllowance = .none, plannedMoves: [PlannedMove] = []
    ) -> MonitorReport {
        let projection =
            allowance.method == .projectedDemand
            ? BudgetDemandProjection(monitoring: period, histories: histories, register: costs, lines: lines) : nil
        let monitor = BudgetMonitor(
            costs: costs,
            datesOfBirth: Dictionary(histories.map { ($0.key, $0.child.dateOfBirth) }, uniquingKeysWith: { a, _ in a }),
            lines: lines, budgets: budgets,
            allowances: Dictionary(lines.lines.map { ($0.name, allowance) }, uniquingKeysWith: { a, _ in a }),
            projectedCosts: projection?.restOfYear ?? [:], plannedMoves: plannedMoves)
        let forecast = monitor.forecast(for: period)
        return MonitorReport(
            authority: authority, forecast: forecast, previous: previous,
            table: MonitorTable(current: forecast, previous: previous),
            movements: previous.map { BudgetMonitor.movements(from: $0, to: forecast) } ?? [],
            highCost: monitor.highCostPlacements(for: period),
            unregistered: monitor.unregisteredPlacements(for: period),
            exceptions: RegisterCheck.exceptions(costs: costs, histories: histories, year: period.year),
            allowance: allowance, projection: projection, plannedMoves: plannedMoves)
    }
}
