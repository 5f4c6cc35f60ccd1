import CareModel
import CouncilTasks
import Forecasting

/// The drill-down from one budget line: its figures, every placement behind its forecast (each child
/// linking to their record) and why it moved since last month, with the children behind each cause.
struct BudgetLinePage {
    var report: MonitorReport
    var row: MonitorRow
    var placements: [PlacementForecast]
    var movement: ForecastMovement?

    /// `nil` when the month's monitor has no line called `line`.
    init?(report: MonitorReport, line: String) {
        guard let row = report.table.rows.first(where: { $0.line == line }) else { return nil }
        self.report = report
        self.row = row
        placements = report.forecast.placements.filter { $0.line == line }
            .sorted { ($0.forecast, $1.child.child) > ($1.forecast, $0.child.child) }
        movement = report.movements.first { $0.line == line }
    }

    var address: BudgetAddress { BudgetAddress(report: report) }

    var page: HTMLPage {
        HTMLPage(
            title: "\(row.line) – budget monitor",
            body: .group([
                .p(.a(.href(address.page), .class("back-link"), "Back to the monitor")),
                .h1(.text(row.line)),
                .p(.class("lede"), "\(report.period.label), authority \(report.authority)"),
                summary, movementSection, placementTable,
            ]))
    }

    var summary: Node {
        let q = "P\(report.period.previous.number)"
        return .dl(
            .class("summary-list"),
            .dt("Budget"), .dd("\(row.budget.formatted) for \(row.budgetedChildren.grouped) children"),
            .dt("Forecast outturn"), .dd(.text(row.forecast.formatted)),
            .dt("Variance to budget"), .dd(.text(row.varianceToBudget.formatted)),
            .dt("Variance to \(q)"), .dd(.text(row.varianceToPrevious?.formatted ?? "– (\(q) was not closed)")),
            .dt("Children placed on \(report.period.last.long)"), .dd(.text(row.childrenAtPeriodEnd.grouped)),
            .dt("Average weekly unit cost"), .dd(.text(row.averageWeeklyUnitCost.formatted)))
    }

    /// Why the line moved: each cause with its amount and the children behind it.
    var movementSection: Node {
        guard let movement else { return .empty }
        let causes = movement.components.filter { $0.component.amount != .zero || !$0.component.children.isEmpty }
        return .group([
            .h2(.id("movement"), "Why the forecast moved since P\(report.period.previous.number)"),
            .p(
                "From \(movement.previousForecast.formatted) to \(movement.forecast.formatted): ",
                "a change of \(movement.change.formatted)."),
            .tableRegion(
                "Causes of the change",
                .table(
                    .caption("Causes of the change"),
                    .thead(
                        .tr(
                            .th(.scope("col"), "Cause"), .th(.scope("col"), .class("numeric"), "Change"),
                            .th(.scope("col"), "Children"))),
                    .tbody(.forEach(causes) { cause in causeRow(cause.name, cause.component) }))),
        ])
    }

    /// One cause of the movement: its name, amount and the children behind it (a dash when none).
    func causeRow(_ name: String, _ component: ForecastMovement.Component) -> Node {
        .tr(
            .th(.scope("row"), .text(name)),
            .td(.class("numeric"), .text(component.amount.formatted)),
            .td(component.children.isEmpty ? "–" : childLinks(component.children)))
    }

    /// Links to the children's records, separated by commas.
    func childLinks(_ keys: [ChildKey]) -> Node {
        .forEach(keys.indices) { i in .group([.if(i > 0, ", "), childLink(keys[i])]) }
    }

    var placementTable: Node {
        guard !placements.isEmpty else {
            return .group([.h2("Placements"), .p("No placements are costed to this line this year.")])
        }
        let rows = placements.map { p in
            [
                p.child.child, p.placementStart.long, p.openAtPeriodEnd ? "Yes" : "No",
                p.netWeeklyAtPeriodEnd?.formatted ?? "–",
                p.actualToDate.formatted, p.committed.formatted, p.committedThrough?.long ?? "–", p.forecast.formatted,
            ]
        }
        return .group([
            .h2("Placements"),
            HTMLTable(
                caption: "\(placements.count.grouped) placements behind the forecast, largest first",
                head: [
                    "Child", "Placement start", "Open at month end", "Net weekly", "Actual to date", "Committed",
                    "Committed through", "Forecast",
                ],
                rows: rows, firstColumnIsText: 3, rowLinks: placements.map { ChildrenPage.link($0.child) }
            ).node,
        ])
    }

    func childLink(_ key: ChildKey) -> Node {
        .a(.href(ChildrenPage.link(key)), .text(key.child))
    }
}
