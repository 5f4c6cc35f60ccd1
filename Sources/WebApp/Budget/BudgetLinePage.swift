import CouncilTasks
import CareModel
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

    var address: BudgetAddress { BudgetAddress(period: report.period, authority: report.authority, allowance: report.allowance) }

    var page: HTMLPage {
        var body = "<p><a href=\"\(escape(address.page))\" class=\"back-link\">Back to the monitor</a></p>\n"
        body += "<h1>\(escape(row.line))</h1>\n<p class=\"lede\">\(escape(report.period.label)), authority \(escape(report.authority))</p>\n"
        body += summary + movementSection + placementTable
        return HTMLPage(title: "\(row.line) – budget monitor", body: body)
    }

    var summary: String {
        let q = "P\(report.period.previous.number)"
        return """
        <dl class="summary-list">
        <dt>Budget</dt><dd>\(row.budget.formatted) for \(row.budgetedChildren.grouped) children</dd>
        <dt>Forecast outturn</dt><dd>\(row.forecast.formatted)</dd>
        <dt>Variance to budget</dt><dd>\(row.varianceToBudget.formatted)</dd>
        <dt>Variance to \(q)</dt><dd>\(row.varianceToPrevious?.formatted ?? "– (\(q) was not closed)")</dd>
        <dt>Children placed on \(report.period.last.long)</dt><dd>\(row.childrenAtPeriodEnd.grouped)</dd>
        <dt>Average weekly unit cost</dt><dd>\(row.averageWeeklyUnitCost.formatted)</dd>
        </dl>

        """
    }

    /// Why the line moved: each cause with its amount and the children behind it.
    var movementSection: String {
        guard let movement else { return "" }
        var out = "<h2 id=\"movement\">Why the forecast moved since P\(report.period.previous.number)</h2>\n"
        out += "<p>From \(movement.previousForecast.formatted) to \(movement.forecast.formatted): a change of \(movement.change.formatted).</p>\n"
        out += "<table>\n<caption>Causes of the change</caption>\n<thead><tr><th scope=\"col\">Cause</th>"
        out += "<th scope=\"col\" class=\"numeric\">Change</th><th scope=\"col\">Children</th></tr></thead>\n<tbody>\n"
        for (name, component) in movement.components where component.amount != .zero || !component.children.isEmpty {
            let children = component.children.map(childLink).joined(separator: ", ")
            out += "<tr><th scope=\"row\">\(escape(name))</th><td class=\"numeric\">\(component.amount.formatted)</td>"
            out += "<td>\(children.isEmpty ? "–" : children)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    var placementTable: String {
        guard !placements.isEmpty else { return "<h2>Placements</h2>\n<p>No placements are costed to this line this year.</p>\n" }
        let rows = placements.map { p in
            [p.child.child, p.placementStart.long, p.openAtPeriodEnd ? "Yes" : "No", p.netWeeklyAtPeriodEnd?.formatted ?? "–",
             p.actualToDate.formatted, p.committed.formatted, p.committedThrough?.long ?? "–", p.forecast.formatted]
        }
        return "<h2>Placements</h2>\n" + HTMLTable(
            caption: "\(placements.count.grouped) placements behind the forecast, largest first",
            head: ["Child", "Placement start", "Open at month end", "Net weekly", "Actual to date", "Committed",
                   "Committed through", "Forecast"],
            rows: rows, firstColumnIsText: 3, rowLinks: placements.map { ChildrenPage.link($0.child) }).html
    }

    func childLink(_ key: ChildKey) -> String {
        "<a href=\"\(escape(ChildrenPage.link(key)))\">\(escape(key.child))</a>"
    }
}

