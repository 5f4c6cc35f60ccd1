import CouncilTasks
import CareModel
import Forecasting

/// The monthly monitor as a page: the seed table, how the forecast is made up, and the two lists
/// finance are asked about (high-cost and unregistered placements).
struct BudgetPage {
    var report: MonitorReport
    /// Whether to list children by ID (high-cost and unregistered placements); read-only accounts see
    /// only how many there are.
    var showsChildren = true

    var page: HTMLPage {
        let total = report.table.total
        let over = total.varianceToBudget
        var body = "<h1>Placement budget monitor</h1>\n"
        body += "<p class=\"lede\">\(escape(report.period.label)), authority \(escape(report.authority)): forecast "
        body += "£\(total.forecast.millions)m against a budget of £\(total.budget.millions)m, "
        body += over >= .zero ? "an overspend of £\(over.millions)m.</p>\n" : "an underspend of £\((-over).millions)m.</p>\n"
        body += periodForm
        body += "<p class=\"hint\">Allowance for new placements: \(escape(report.allowanceDescription)).</p>\n"
        body += report.previous == nil
            ? "<p class=\"hint\">P\(report.period.previous.number) was not closed, so there is no previous forecast to compare with.</p>\n"
            : "<p class=\"hint\">Variance to P\(report.period.previous.number) compares with the forecast frozen when that month was closed.</p>\n"
        body += monitorTable + makeUpTable + movementTable + lists + downloads
        return HTMLPage(title: "Placement budget monitor", body: body)
    }

    var periodForm: String {
        Self.periodForm(value: report.period.calendarMonthText, authority: report.authority, allowance: report.allowance)
    }

    /// The allowances offered on the page (the command line takes any recent-N from 1 to 24).
    static let allowances: [(DemandAllowance, String)] = [
        (.none, "None: actual and committed spend only"),
        (.recentNetNew(months: 3), "Recent net new placements, last 3 months"),
        (.recentNetNew(months: 6), "Recent net new placements, last 6 months"),
        (.recentNetNew(months: 12), "Recent net new placements, last 12 months"),
        (.projectedDemand, "Projected demand less committed spend"),
    ]

    /// The month chooser; also under the error summary when the month asked for is not one, so its
    /// "Enter the month…" link has a field to go to.
    static func periodForm(value: String, authority: AuthorityCode?, allowance: DemandAllowance = .none) -> String {
        let la = authority.map { "<input type=\"hidden\" name=\"la\" value=\"\(escape($0))\">" } ?? ""
        let options = allowances.map { choice, label in
            "<option value=\"\(choice.code)\"\(choice == allowance ? " selected" : "")>\(escape(label))</option>"
        }.joined()
        return """
        <form method="get" action="/budget" class="inline-form">
        <label for="period">Month (YYYY-MM)</label>
        <input id="period" name="period" type="text" inputmode="numeric" value="\(escape(value))" size="8">\(la)
        <label for="allowance">Allowance for new placements</label>
        <select id="allowance" name="allowance">\(options)</select>
        <button type="submit">Show month</button>
        </form>

        """
    }

    var monitorTable: String {
        let p = "P\(report.period.number)", q = "P\(report.period.previous.number)"
        let head = ["Line", "Estimated no.", "Budget £m", "\(q) forecast £m", "Actual no. \(p)", "\(p) forecast £m",
                    "Variance to \(q) £m", "Variance to budget £m", "Average weekly unit cost"]
        let rows = report.table.rows.map(cells)
        let links = showsChildren ? report.table.rows.map { address.line($0.line) } : []
        return HTMLTable(caption: "Forecast outturn by budget line, \(report.period.label)", head: head,
                         rows: rows, foot: cells(report.table.total), rowLinks: links).html
    }

    func cells(_ r: MonitorRow) -> [String] {
        [r.line, r.budgetedChildren.grouped, r.budget.millions, r.previousForecast?.millions ?? "–",
         r.childrenAtPeriodEnd.grouped, r.forecast.millions, r.varianceToPrevious?.millions ?? "–",
         r.varianceToBudget.millions, r.averageWeeklyUnitCost.formatted]
    }

    var address: BudgetAddress { BudgetAddress(period: report.period, authority: report.authority, allowance: report.allowance) }

    var makeUpTable: String {
        let f = report.forecast
        let rows = f.lines.map { l in [l.line, l.actualToDate.millions, l.committed.millions, l.demandAllowance.millions, l.forecast.millions] }
        let t = f.total
        return HTMLTable(caption: "How the forecast is made up, £m",
                         head: ["Line", "Actual to \(report.period.last.long)", "Committed to 31 March",
                                "Allowance for new placements", "Forecast"],
                         rows: rows, foot: [t.line, t.actualToDate.millions, t.committed.millions,
                                            t.demandAllowance.millions, t.forecast.millions]).html
    }

    var lists: String {
        guard showsChildren else { return counts }
        let day = report.period.last.long
        var out = "<h2>High-cost placements on \(day)</h2>\n"
        out += report.highCost.isEmpty ? "<p>None at £10,000 a week or more.</p>\n" : HTMLTable(
            caption: "\(report.highCost.count) placements at £10,000 a week or more",
            head: ["Child", "Line", "Provider", "Since", "Gross weekly", "Net weekly"],
            rows: report.highCost.map { [$0.child.child, $0.line, $0.providerName ?? "–", $0.placementStart.long,
                                         $0.grossWeekly.formatted, $0.netWeekly.formatted] }, firstColumnIsText: 4).html
        out += "<h2>Unregistered placements on \(day)</h2>\n"
        out += report.unregistered.isEmpty ? "<p>None.</p>\n" : HTMLTable(
            caption: "\(report.unregistered.count) children in unregistered homes",
            head: ["Child", "Line", "Provider", "Since", "Weeks unregistered", "Net weekly"],
            rows: report.unregistered.map { [$0.child.child, $0.line, $0.providerName ?? "–", $0.placementStart.long,
                                             $0.weeksUnregistered.grouped, $0.netWeekly.formatted] }, firstColumnIsText: 4).html
        out += "<p>Data-quality exceptions for \(report.period.year.label): \(report.exceptions.count.grouped).</p>\n"
        return out
    }
}

extension BudgetPage {
    /// The lists' sizes without the children in them, for roles that see aggregates only.
    var counts: String {
        let day = report.period.last.long
        return """
        <h2>High-cost and unregistered placements on \(day)</h2>
        <dl class="summary-list">
        <dt>Placements at £10,000 a week or more</dt><dd>\(report.highCost.count.grouped)</dd>
        <dt>Children in unregistered homes</dt><dd>\(report.unregistered.count.grouped)</dd>
        <dt>Data-quality exceptions for \(report.period.year.label)</dt><dd>\(report.exceptions.count.grouped)</dd>
        </dl>
        <p class="hint">Your role sees totals only; the lists of children are shown to other roles.</p>

        """
    }
}

extension BudgetPage {
    /// Why each line moved since the previous month's frozen forecast; each line links to its causes
    /// and the children behind them (for roles that see children).
    var movementTable: String {
        guard !report.movements.isEmpty else { return "" }
        let q = "P\(report.period.previous.number)"
        let names = report.movements.first?.components.map(\.name) ?? []
        let rows = report.movements.map { m in [m.line] + m.components.map { $0.component.amount.millions } + [m.change.millions] }
        let links = showsChildren ? report.movements.map { address.line($0.line) + "#movement" } : []
        return "<h2>Movement since \(q)</h2>\n" + HTMLTable(
            caption: "Change in forecast since \(q) by cause, £m", head: ["Line"] + names + ["Total change"],
            rows: rows, rowLinks: links).html
    }

    /// The monitor as files: each table as CSV and the whole monitor as an Excel workbook.
    var downloads: String {
        let views = BudgetView.allCases.filter { showsChildren || !$0.namesChildren }
        let items = views.map { "<li><a href=\"\(escape(address.csv(view: $0)))\" download>\(escape(Self.viewName($0))) (CSV)</a></li>" }
        return """
        <h2>Download</h2>
        <ul class="list">
        <li><a href="\(escape(address.workbook))" download>The whole monitor as an Excel workbook (XLSX)</a></li>
        \(items.joined(separator: "\n"))
        </ul>

        """
    }

    static func viewName(_ view: BudgetView) -> String {
        switch view {
        case .monitor: "Forecast outturn by budget line"
        case .makeUp: "How the forecast is made up"
        case .movements: "Movement since last month, with children"
        case .placements: "Every placement behind the forecast"
        case .highCost: "High-cost placements"
        case .unregistered: "Unregistered placements"
        case .exceptions: "Data-quality exceptions"
        }
    }
}
