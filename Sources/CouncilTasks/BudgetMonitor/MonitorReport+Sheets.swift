import CareModel
import Forecasting
import Interchange

extension MonitorReport {
    public var previousLabel: String { "P\(period.previous.number)" }

    /// The seed table: the columns finance already report, plus the average weekly unit cost and its change.
    public var monitorSheet: ReportSheet { seedSheet(.full) }

    /// The seed table as a reader with `disclosure` may see it: a hidden number of children reads
    /// "fewer than 6" and a hidden amount "not shown" (`MonitorReport.rowDisclosure(line:_:)` decides which).
    public func seedSheet(_ disclosure: Disclosure) -> ReportSheet {
        let p = "P\(period.number)"
        let columns = [
            "Line", "Estimated no.", "Budget", "\(previousLabel) forecast", "Actual no. \(p)",
            "\(p) forecast", "Variance to \(previousLabel)", "Variance to budget",
            "Average weekly unit cost", "Unit cost change",
        ]
        let rows =
            table.rows.map { seedRow($0, rowDisclosure(line: $0.line, disclosure)) }
            + [seedRow(table.total, rowDisclosure(line: nil, disclosure))]
        return ReportSheet(name: "Monitor", columns: columns, rows: rows, millionsInText: true)
    }

    /// How each line's forecast is made up, so a finance officer can trace it.
    public var componentsSheet: ReportSheet { makeUpSheet(.full) }

    /// The make-up as a reader with `disclosure` may see it: a line whose money is hidden in the seed table
    /// is hidden here too, every part of it (the parts add up to the forecast).
    public func makeUpSheet(_ disclosure: Disclosure) -> ReportSheet {
        let rows =
            forecast.lines.map { makeUpRow($0, shown: rowDisclosure(line: $0.line, disclosure).forecast) }
            + [makeUpRow(forecast.total, shown: rowDisclosure(line: nil, disclosure).forecast)]
        return ReportSheet(
            name: "Forecast make-up",
            columns: [
                "Line", "Actual to \(period.last.long)", "Committed to 31 March",
                "Allowance for new placements",
            ] + (plannedMoves.isEmpty ? [] : ["Planned moves (programme plans)"]) + ["Forecast"],
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

extension MonitorReport {
    /// One row of the seed table, its hidden figures in words.
    func seedRow(_ r: MonitorRow, _ d: MonitorRowDisclosure) -> [ReportSheet.Cell] {
        [
            .text(r.line), Self.count(r.budgetedChildren, d.budgetedChildren), .money(r.budget),
            Self.money(r.previousForecast, d.previousForecast),
            Self.count(r.childrenAtPeriodEnd, d.childrenAtPeriodEnd), Self.money(r.forecast, d.forecast),
            Self.money(r.varianceToPrevious, d.varianceToPrevious), Self.money(r.varianceToBudget, d.forecast),
            Self.money(r.averageWeeklyUnitCost, d.averageWeeklyUnitCost, weekly: true),
            Self.money(r.unitCostChange, d.unitCostChange, weekly: true),
        ]
    }

    /// One row of the make-up: every amount, or "not shown" for each.
    func makeUpRow(_ l: LineForecast, shown: Bool) -> [ReportSheet.Cell] {
        let parts =
            [l.actualToDate, l.committed, l.demandAllowance] + (plannedMoves.isEmpty ? [] : [l.plannedMoves])
            + [l.forecast]
        return [.text(l.line)] + parts.map { Self.money($0, shown) }
    }

    /// A number of children, or "fewer than 6" in its place.
    static func count(_ children: Int, _ shown: Bool) -> ReportSheet.Cell {
        shown ? .count(children) : .text(SmallNumbers.fewer)
    }

    /// An amount (blank when there is none), or "not shown" in its place.
    static func money(_ amount: Money?, _ shown: Bool, weekly: Bool = false) -> ReportSheet.Cell {
        guard let amount else { return .none }
        guard shown else { return .text(SmallNumbers.notShown) }
        return weekly ? .weekly(amount) : .money(amount)
    }
}
