import CareModel
import CouncilTasks
import Forecasting

/// The monthly monitor as a page: the seed table, how the forecast is made up, and the two lists
/// finance are asked about (high-cost and unregistered placements).
struct BudgetPage {
    var report: MonitorReport
    /// Whether to list children by ID (high-cost and unregistered placements); read-only accounts see
    /// only how many there are.
    var showsChildren = true
    /// Read-only accounts see small numbers suppressed (`MonitorReport.rowDisclosure(line:_:)`).
    var disclosure = Disclosure.full
    /// Whether the query asked the forecast to count on the programme plans on track: the checkbox stays
    /// ticked even when no plan was on track to count on.
    var countsPlannedMoves = false

    var page: HTMLPage {
        let previous = report.period.previous.number
        let comparison =
            report.previous == nil
            ? "P\(previous) was not closed, so there is no previous forecast to compare with."
            : "Variance to P\(previous) compares with the forecast frozen when that month was closed."
        return HTMLPage(
            title: "Placement budget monitor",
            body: .group([
                .h1("Placement budget monitor"),
                .p(.class("lede"), "\(report.period.label), authority \(report.authority): ", .text(outturn)),
                periodForm,
                .p(.class("hint"), "Allowance for new placements: \(report.allowanceDescription)."),
                .p(.class("hint"), .text(comparison)),
                monitorTable, makeUpTable, movementTable, lists, downloads,
            ]))
    }

    /// The forecast against the budget in words; for a reader who may not see the forecast of so few
    /// children, the budget alone.
    var outturn: String {
        let total = report.table.total
        guard report.rowDisclosure(line: nil, disclosure).forecast else {
            let forecast = "the forecast is \(SmallNumbers.notShown) (\(SmallNumbers.fewer) children)."
            return "budget £\(total.budget.millions)m; " + forecast
        }
        let over = total.varianceToBudget
        let outcome = over >= .zero ? "an overspend of £\(over.millions)m." : "an underspend of £\((-over).millions)m."
        return "forecast £\(total.forecast.millions)m against a budget of £\(total.budget.millions)m, " + outcome
    }

    var periodForm: Node {
        Self.periodForm(
            value: report.period.calendarMonthText, authority: report.authority, allowance: report.allowance,
            plannedMoves: countsPlannedMoves || !report.plannedMoves.isEmpty)
    }

    /// The allowances offered on the page (the command line takes any recent-N from 1 to 24).
    static let allowances: [(DemandAllowance, String)] = [
        (.none, "None: actual and committed spend only"),
        (.recentNetNew(months: 3), "Recent net new placements, last 3 months"),
        (.recentNetNew(months: 6), "Recent net new placements, last 6 months"),
        (.recentNetNew(months: 12), "Recent net new placements, last 12 months"),
        (.projectedDemand, "Projected demand less committed spend"),
    ]

    /// The month chooser, with the allowance and whether to count on the programme plans on track; also
    /// under the error summary when the month asked for is not one, so its "Enter the month…" link has a
    /// field to go to. `value` is shown as typed.
    static func periodForm(
        value: String, authority: AuthorityCode?, allowance: DemandAllowance = .none, plannedMoves: Bool = false
    ) -> Node {
        .form(
            .method("get"), .action(Route.budget.path), .class("inline-form"),
            .label(.for("period"), "Month (YYYY-MM)"),
            .input(.id("period"), .name("period"), .type("text"), .inputmode("numeric"), .value(value), .size("8")),
            authority.map { .input(.type("hidden"), .name("la"), .value($0)) } ?? .empty,
            .label(.for("allowance"), "Allowance for new placements"),
            .select(
                .id("allowance"), .name("allowance"),
                .forEach(allowances) { choice in
                    .option(.value(choice.0.code), .if(choice.0 == allowance, .selected), .text(choice.1))
                }),
            .input(
                .type("checkbox"), .id(BudgetAddress.plannedMovesField), .name(BudgetAddress.plannedMovesField),
                .value(BudgetAddress.plannedMovesOn), .if(plannedMoves, .checked)),
            .label(.for(BudgetAddress.plannedMovesField), "Count on programme plans on track"),
            .button(.type("submit"), "Show month"))
    }

    var monitorTable: Node {
        let p = "P\(report.period.number)", q = "P\(report.period.previous.number)"
        let head = [
            "Line", "Estimated no.", "Budget £m", "\(q) forecast £m", "Actual no. \(p)", "\(p) forecast £m",
            "Variance to \(q) £m", "Variance to budget £m", "Average weekly unit cost",
        ]
        let shown = report.table.rows.map { report.rowDisclosure(line: $0.line, disclosure) }
        let total = report.rowDisclosure(line: nil, disclosure)
        let links = showsChildren ? report.table.rows.map { address.line($0.line) } : []
        return .group([
            HTMLTable(
                caption: "Forecast outturn by budget line, \(report.period.label)", head: head,
                rows: zip(report.table.rows, shown).map { cells($0, $1) }, foot: cells(report.table.total, total),
                rowLinks: links
            ).node,
            .smallNumbersNote(if: (shown + [total]).contains(where: \.hidesAny)),
        ])
    }

    func cells(_ r: MonitorRow, _ d: MonitorRowDisclosure) -> [String] {
        [
            r.line, Self.count(r.budgetedChildren, d.budgetedChildren), r.budget.millions,
            Self.millions(r.previousForecast, d.previousForecast),
            Self.count(r.childrenAtPeriodEnd, d.childrenAtPeriodEnd), Self.millions(r.forecast, d.forecast),
            Self.millions(r.varianceToPrevious, d.varianceToPrevious), Self.millions(r.varianceToBudget, d.forecast),
            d.averageWeeklyUnitCost ? r.averageWeeklyUnitCost.formatted : SmallNumbers.notShown,
        ]
    }

    var address: BudgetAddress { BudgetAddress(report: report) }

    /// How each line's forecast is made up, with a column for the programme plans' planned moves when the
    /// forecast counts on some (as the workbook's make-up sheet has it).
    var makeUpTable: Node {
        let f = report.forecast, planned = !report.plannedMoves.isEmpty
        let shown = f.lines.map { report.rowDisclosure(line: $0.line, disclosure).forecast }
        let total = report.rowDisclosure(line: nil, disclosure).forecast
        return .group([
            HTMLTable(
                caption: "How the forecast is made up, £m",
                head: [
                    "Line", "Actual to \(report.period.last.long)", "Committed to 31 March",
                    "Allowance for new placements",
                ] + (planned ? ["Planned moves (programme plans)"] : []) + ["Forecast"],
                rows: zip(f.lines, shown).map { Self.makeUp($0, $1, plannedMoves: planned) },
                foot: Self.makeUp(f.total, total, plannedMoves: planned)
            ).node,
            .smallNumbersNote(if: (shown + [total]).contains(false)),
        ])
    }

    /// A line of the make-up: every part in £m, or none of them (they add up to the forecast); the planned
    /// moves' part only when the forecast counts on them.
    static func makeUp(_ l: LineForecast, _ shown: Bool, plannedMoves: Bool = false) -> [String] {
        let parts =
            [l.actualToDate, l.committed, l.demandAllowance] + (plannedMoves ? [l.plannedMoves] : []) + [l.forecast]
        return [l.line] + parts.map { millions($0, shown) }
    }

    var lists: Node {
        guard showsChildren else { return counts }
        let day = report.period.last.long
        return .group([
            .h2("High-cost placements on \(day)"),
            report.highCost.isEmpty ? .p("None at £10,000 a week or more.") : highCostTable,
            .h2("Unregistered placements on \(day)"),
            report.unregistered.isEmpty ? .p("None.") : unregisteredTable,
            .p("Data-quality exceptions for \(report.period.year.label): \(report.exceptions.count.grouped)."),
        ])
    }

    var highCostTable: Node {
        HTMLTable(
            caption: "\(report.highCost.count) placements at £10,000 a week or more",
            head: ["Child", "Line", "Provider", "Since", "Gross weekly", "Net weekly"],
            rows: report.highCost.map {
                [
                    $0.child.child, $0.line, $0.providerName ?? "–", $0.placementStart.long,
                    $0.grossWeekly.formatted, $0.netWeekly.formatted,
                ]
            },
            firstColumnIsText: 4
        ).node
    }

    var unregisteredTable: Node {
        HTMLTable(
            caption: "\(report.unregistered.count) children in unregistered homes",
            head: ["Child", "Line", "Provider", "Since", "Weeks unregistered", "Net weekly"],
            rows: report.unregistered.map {
                [
                    $0.child.child, $0.line, $0.providerName ?? "–", $0.placementStart.long,
                    $0.weeksUnregistered.grouped, $0.netWeekly.formatted,
                ]
            },
            firstColumnIsText: 4
        ).node
    }
}

extension BudgetPage {
    /// The lists' sizes without the children in them, for roles that see aggregates only.
    var counts: Node {
        let day = report.period.last.long
        return .group([
            .h2("High-cost and unregistered placements on \(day)"),
            .dl(
                .class("summary-list"),
                .dt("Placements at £10,000 a week or more"), .dd(.text(disclosure.count(report.highCost.count))),
                .dt("Children in unregistered homes"), .dd(.text(disclosure.count(report.unregistered.count))),
                .dt("Data-quality exceptions for \(report.period.year.label)"),
                .dd(.text(report.exceptions.count.grouped))),
            .p(.class("hint"), "Your role sees totals only; the lists of children are shown to other roles."),
        ])
    }
}

extension BudgetPage {
    /// Why each line moved since the previous month's frozen forecast; each line links to its causes
    /// and the children behind them (for roles that see children).
    var movementTable: Node {
        guard !report.movements.isEmpty else { return .empty }
        let q = "P\(report.period.previous.number)"
        let names = report.movements.first?.components.map(\.name) ?? []
        let rows = report.movements.map { m -> [String] in
            let d = report.rowDisclosure(line: m.line, disclosure)
            return [m.line] + m.components.map { Self.millions($0.component.amount, d.shows($0.component, disclosure)) }
                + [Self.millions(m.change, d.varianceToPrevious)]
        }
        let links = showsChildren ? report.movements.map { address.line($0.line) + "#movement" } : []
        return .group([
            .h2("Movement since \(q)"),
            HTMLTable(
                caption: "Change in forecast since \(q) by cause, £m", head: ["Line"] + names + ["Total change"],
                rows: rows, rowLinks: links
            ).node,
            .smallNumbersNote(if: rows.contains { $0.dropFirst().contains(SmallNumbers.notShown) }),
        ])
    }

    /// The monitor as files: each table as CSV and the whole monitor as an Excel workbook.
    var downloads: Node {
        let views = BudgetView.allCases.filter { showsChildren || !$0.namesChildren }
        return .group([
            .h2("Download"),
            .ul(
                .class("list"),
                .li(.a(.href(address.workbook), .download, "The whole monitor as an Excel workbook (XLSX)")),
                .forEach(views) { view in
                    .li(.a(.href(address.csv(view: view)), .download, "\(Self.viewName(view)) (CSV)"))
                }),
        ])
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
