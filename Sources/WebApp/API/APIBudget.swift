import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/budget: the monthly monitor's table (the seed table) for one authority and month, its
/// lines and total, in pounds. Aggregates only: the child lists stay on the web page.
enum APIBudget {
    static func json(_ report: MonitorReport) -> JSONValue {
        .object([
            ("authority", .string(report.authority)), ("period", .string(report.period.calendarMonthText)),
            ("period_label", .string(report.period.label)),
            ("previous_period", .text(report.table.previousPeriod?.calendarMonthText)),
            ("lines", .array(report.table.rows.map(row))), ("total", row(report.table.total)),
        ])
    }

    static func row(_ row: MonitorRow) -> JSONValue {
        .object([
            ("line", .string(row.line)), ("budgeted_children", .int(row.budgetedChildren)),
            ("budget", .money(row.budget)), ("previous_forecast", .money(row.previousForecast)),
            ("children_at_period_end", .int(row.childrenAtPeriodEnd)), ("forecast", .money(row.forecast)),
            ("variance_to_previous", .money(row.varianceToPrevious)),
            ("variance_to_budget", .money(row.varianceToBudget)),
            ("average_weekly_unit_cost", .money(row.averageWeeklyUnitCost)),
            ("unit_cost_change", .money(row.unitCostChange)),
        ])
    }
}
