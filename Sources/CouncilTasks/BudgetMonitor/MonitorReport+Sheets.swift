import CareModel
import Forecasting
import Interchange

extension MonitorReport {
    public var previousLabel: String { "P\(period.previous.number)" }

    /// The seed table: the columns finance already report, plus the average weekly unit cost and its change.
    public var monitorSheet: ReportSheet {
        let p = "P\(period.number)"
        let columns = [
            "Line", "Estimated no.", "Budget", "\(previousLabel) forecast", "Actual no. \(p)",
            "\(p) forecast", "Variance to \(previousLabel)", "Variance to budget",
            "Average weekly unit cost", "Unit cost change",
        ]
        let rows = (table.rows + [table.total]).map { r -> [ReportSheet.Cell] in
            [
                .text(r.line), .count(r.budgetedChildren), .money(r.budget),
                r.previousForecast.map { .money($0) } ?? .none,
                .count(r.childrenAtPeriodEnd), .money(r.forecast), r.varianceToPrevious.map { .money($0) } ?? .none,
                .money(r.varianceToBudget), .weekly(r.averageWeeklyUnitCost),
                r.unitCostChange.map { .weekly($0) } ?? .none,
            ]
        }
        return ReportSheet(name: "Monitor", columns: columns, rows: rows, millionsInText: true)
    }

    /// How each line's forecast is made up, so a finance officer can trace it.
    public var componentsSheet: ReportSheet {
        let rows = (forecast.lines + [forecast.total]).map { l -> [ReportSheet.Cell] in
            [.text(l.line), .money(l.actualToDate), .money(l.committed), .money(l.demandAllowance), .money(l.forecast)]
        }
        return ReportSheet(
            name: "Forecast make-up",
            columns: [
                "Line", "Actual to \(period.last.long)", "Committed to 31 March",
                "Allowance for new placements", "Forecast",
            ],
            rows: rows, millionsInText: true)
    }

    /// Every placement behind the forecast: the drill-down from a line to its children.
    public var placementsSheet: ReportSheet {
        let rows = forecast.placements.sorted { ($0.line, $0.key) < ($1.line, $1.key) }.map { p -> [ReportSheet.Cell] in
            [
                .text(p.line), .text(p.child.child), .text(p.placementStart.iso),
                .text(p.openAtPeriodEnd ? "yes" : "no"),
                p.netWeeklyAtPeriodEnd.map { .money($0) } ?? .none, .money(p.actualToDate), .money(p.committed),
                .text(p.committedThrough?.iso ?? ""), .money(p.forecast),
            ]
        }
        return ReportSheet(
            name: "Placements",
            columns: [
                "Line", "Child", "Placement start", "Open at period end",
                "Net weekly", "Actual to date", "Committed", "Committed through",
                "Forecast",
            ], rows: rows)
    }

    /// Why each line moved since the previous month's frozen forecast, with the children behind each cause.
    public var movementsSheet: ReportSheet {
        var rows: [[ReportSheet.Cell]] = []
        for movement in movements {
            for (name, component) in movement.components where component.amount != .zero || !component.children.isEmpty
            {
                rows.append([
                    .text(movement.line), .text(name), .money(component.amount), .count(component.children.count),
                    .text(component.children.map(\.child).joined(separator: " ")),
                ])
            }
            rows.append([.text(movement.line), .text("Total change"), .money(movement.change), .none, .text("")])
        }
        return ReportSheet(
            name: "Movements", columns: ["Line", "Cause", "Change", "Children", "Child IDs"], rows: rows)
    }

    public var highCostSheet: ReportSheet {
        ReportSheet(
            name: "High-cost",
            columns: ["Child", "Line", "Provider", "URN", "Placement start", "Gross weekly", "Net weekly"],
            rows: highCost.map {
                [
                    .text($0.child.child), .text($0.line), .text($0.providerName ?? ""),
                    .text($0.providerURN ?? ""), .text($0.placementStart.iso),
                    .money($0.grossWeekly), .money($0.netWeekly),
                ]
            })
    }

    public var unregisteredSheet: ReportSheet {
        ReportSheet(
            name: "Unregistered",
            columns: [
                "Child", "Line", "Provider", "Placement start", "Weeks unregistered",
                "Gross weekly", "Net weekly",
            ],
            rows: unregistered.map {
                [
                    .text($0.child.child), .text($0.line), .text($0.providerName ?? ""),
                    .text($0.placementStart.iso), .count($0.weeksUnregistered),
                    $0.grossWeekly.map { .money($0) } ?? .none, .money($0.netWeekly),
                ]
            })
    }

    public var exceptionsSheet: ReportSheet {
        ReportSheet(
            name: "Data quality", columns: ["Child", "Placement start", "Problem"],
            rows: exceptions.map { [.text($0.child.child), .text($0.placementStart.iso), .text($0.message)] })
    }
}
