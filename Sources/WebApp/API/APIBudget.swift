import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/budget: the monthly monitor's table (the seed table) for one authority and month, its
/// lines and total, in pounds. Aggregates only: the child lists stay on the web page. For a reader who may
/// not see small numbers, a row's hidden figures are `null` and named in its `suppressed` list, by the rule
/// the page and the downloads follow (`MonitorReport.rowDisclosure(line:_:)`).
enum APIBudget {
    static func json(_ report: MonitorReport, _ disclosure: Disclosure = .full) -> JSONValue {
        .object([
            ("authority", .string(report.authority)), ("period", .string(report.period.calendarMonthText)),
            ("period_label", .string(report.period.label)),
            ("previous_period", .text(report.table.previousPeriod?.calendarMonthText)),
            ("lines", .array(report.table.rows.map { row($0, report.rowDisclosure(line: $0.line, disclosure)) })),
            ("total", row(report.table.total, report.rowDisclosure(line: nil, disclosure))),
        ])
    }

    static func row(_ row: MonitorRow, _ shown: MonitorRowDisclosure) -> JSONValue {
        var object = APIObject()
        object.add("line", .string(row.line))
        object.add("budgeted_children", .int(row.budgetedChildren), shown: shown.budgetedChildren)
        object.add("budget", .money(row.budget))
        object.add("previous_forecast", .money(row.previousForecast), shown: shown.previousForecast)
        object.add("children_at_period_end", .int(row.childrenAtPeriodEnd), shown: shown.childrenAtPeriodEnd)
        object.add("forecast", .money(row.forecast), shown: shown.forecast)
        object.add("variance_to_previous", .money(row.varianceToPrevious), shown: shown.varianceToPrevious)
        object.add("variance_to_budget", .money(row.varianceToBudget), shown: shown.forecast)
        object.add("average_weekly_unit_cost", .money(row.averageWeeklyUnitCost), shown: shown.averageWeeklyUnitCost)
        object.add("unit_cost_change", .money(row.unitCostChange), shown: shown.unitCostChange)
        return object.json
    }
}
