import CareModel
import Forecasting

extension ProjectionPage {
    /// Colour and line style per kind of home (Fostering, Residential, Supported, Other), then all
    /// children: every colour has at least 3:1 contrast with white, and the dashes differ too.
    static let looks: [(colour: String, look: String, dash: String?)] = [
        ("#1d70b8", "blue, solid line", nil), ("#d4351c", "red, dashed line", "10 5"),
        ("#00703c", "green, dotted line", "3 4"), ("#4c2c92", "purple, dash-dot line", "10 4 3 4"),
        ("#0b0c0c", "black, solid line", nil),
    ]
    static let columnNames = DemandCategory.inCare.map(\.label) + ["All children"]

    var rangeName: String {
        projection?.settings.method == .montecarlo ? "5th to 95th percentile" : "mean ± 2 standard deviations"
    }

    /// Observed month ends, then projected ones, per kind of home, with the range shaded from the start.
    /// A line with a number the reader may not see in any month is left out (`hiddenLines`).
    func childrenSection(_ projection: DemandProjection, months: [ProjectedMonth]) -> Node {
        let observed = projection.observed.map(ProjectedMonth.observed)
        let atStart = observed.filter { $0.date == projection.start }
        let hidden = hiddenLines(observed + months)
        let series = DemandCategory.inCare.indices.filter { !hidden[$0] }.map { i in
            LineChart.Series(
                name: DemandCategory.inCare[i].label, colour: Self.looks[i].colour, look: Self.looks[i].look,
                dash: Self.looks[i].dash,
                points: (observed + months).map { LineChart.Point(x: Self.x($0.date), y: $0.counts[i].mean) },
                band: (atStart + months).map {
                    LineChart.BandPoint(x: Self.x($0.date), lower: $0.counts[i].lower, upper: $0.counts[i].upper)
                })
        }
        let chart = LineChart(
            id: "children-chart", title: "Children in care by kind of home, observed and projected",
            description: childrenDescription(
                projection, observed: observed, months: months, leftOut: series.count < DemandCategory.inCare.count),
            xAxisLabel: "Month end", yAxisLabel: "Children in care", series: series,
            xTicks: Self.ticks((observed + months).map(\.date), anchor: projection.start),
            yTickLabel: Self.tickChildren,
            marker: observed.isEmpty ? nil : LineChart.Tick(value: Self.x(projection.start), label: "Projection starts")
        )
        let observedTable = HTMLTable(
            caption: "Children in care at recent month ends (observed)", head: ["Month end"] + Self.columnNames,
            rows: observed.map { [$0.date.long] + $0.counts.map { wholeOrFewer($0.mean) } })
        let projectedTable = HTMLTable(
            caption: "Projected children in care at each month end: expected number (range, \(rangeName))",
            head: ["Month end"] + Self.columnNames,
            rows: months.map { [$0.date.long] + $0.counts.map(projected) })
        return .group([
            .h2(.text("Children in care by kind of home" + groupHeading)), .if(!series.isEmpty, chart.node),
            .if(!observed.isEmpty, observedTable.node), projectedTable.node,
            .smallNumbersNote(if: hidden.contains(true)),
        ])
    }

    /// The chart's text alternative in brief: what it shows and where each kind of home ends up.
    func childrenDescription(
        _ projection: DemandProjection, observed: [ProjectedMonth], months: [ProjectedMonth], leftOut: Bool = false
    ) -> String {
        var text = "Line chart of children in care at each month end"
        if let first = observed.first { text += ", observed from \(first.date.long) to \(projection.start.long)" }
        text +=
            ", projected to \(months.last?.date.long ?? projection.start.long) with the range (\(rangeName)) shaded."
        if let last = months.last {
            let parts = zip(Self.columnNames, last.counts).map { name, count in
                disclosure.shows(expected: count.mean)
                    ? "\(name) \(Self.whole(count.mean)) (\(range(count)))" : "\(name) \(SmallNumbers.fewer)"
            }
            text += " On \(last.date.long): " + parts.joined(separator: "; ") + "."
        }
        if leftOut {
            text += " A kind of home with \(SmallNumbers.fewer) children in any month is not drawn."
        }
        return text + " The tables below give every month."
    }

    /// Expected cost per month of the stock-and-flow projection, per kind of home and in all. A cost the
    /// reader may not see (`hiddenCosts`) takes its column's line and total with it, as they would give it away.
    func costSection(_ projection: DemandProjection) -> Node {
        guard let costs = projection.costs, let first = costs.periods.first, let last = costs.periods.last else {
            return .empty
        }
        let periods = costs.periods
        // Each month is plotted on its last projected day (the projection's own last day for a part month).
        let end = projection.start.adding(days: projection.days)
        let days = periods.map { min($0.period.last, end) }
        let amounts = periods.map { period in
            DemandCategory.inCare.map { period.byCategory[$0] ?? .zero } + [period.total]
        }
        let hidden = hiddenCosts(projection)
        let hiddenColumns = Self.columnNames.indices.map { i in hidden.contains { $0[i] } }
        let series = Self.costLines(days: days, amounts: amounts, hidden: hiddenColumns)
        let totals = Self.columnNames.indices.map { i in amounts.reduce(Money.zero) { $0 + $1[i] } }
        let chart = LineChart(
            id: "cost-chart", title: "Projected cost per month by kind of home",
            description: costDescription(from: first, to: last, total: hiddenColumns.last == true ? nil : totals.last),
            xAxisLabel: "Month", yAxisLabel: "Cost per month (£)", series: series,
            xTicks: Self.ticks(days, anchor: days[0]), yTickLabel: Self.tickPounds)
        let table = HTMLTable(
            caption: "Projected cost per month", head: ["Month"] + Self.columnNames,
            rows: periods.indices.map { p in [monthName(periods[p])] + Self.pounds(amounts[p], hiding: hidden[p]) },
            foot: ["Total"] + Self.pounds(totals, hiding: hiddenColumns))
        return .group([
            .h2(.text("Projected cost" + groupHeading)), costHint(projection),
            .if(!series.isEmpty, chart.node), table.node,
            .smallNumbersNote(if: hiddenColumns.contains(true)), monteCarloCostRange(projection),
        ])
    }

    /// A line per column of the cost table (each kind of home, then all children) but the hidden ones.
    static func costLines(days: [Day], amounts: [[Money]], hidden: [Bool]) -> [LineChart.Series] {
        looks.indices.filter { !hidden[$0] }.map { i in
            LineChart.Series(
                name: columnNames[i], colour: looks[i].colour, look: looks[i].look, dash: looks[i].dash,
                points: zip(days, amounts).map { LineChart.Point(x: x($0), y: Double($1[i].pence) / 100) })
        }
    }

    /// The cost chart's text alternative: the months and the cost over the projection (`nil`: hidden, and
    /// so are the lines that would show it).
    func costDescription(from first: DemandCostPeriod, to last: DemandCostPeriod, total: Money?) -> String {
        let text =
            "Line chart of the expected cost of children in care in each month from \(monthName(first)) to "
            + "\(monthName(last)), by kind of home and in all"
        guard let total else {
            return text + ". A line whose cost would show \(SmallNumbers.fewer) children is not drawn. "
                + "The table below gives every month."
        }
        return text + ": \(Self.pounds(total)) over the projection. The table below gives every month."
    }

    /// Whole pounds, or "not shown" where `hidden` says.
    static func pounds(_ amounts: [Money], hiding hidden: [Bool]) -> [String] {
        amounts.indices.map { i in i < hidden.count && hidden[i] ? SmallNumbers.notShown : pounds(amounts[i]) }
    }

    /// With Monte-Carlo, how far the month's total cost spreads across the paths (each path priced as above);
    /// a month whose expected number of children the reader may not see shows none of it.
    func monteCarloCostRange(_ projection: DemandProjection) -> Node {
        guard let points = projection.monteCarlo?.points, points.contains(where: { $0.totalCost != nil }) else {
            return .empty
        }
        let rows = points.compactMap { point in
            point.totalCost.map { cost in
                [point.date.monthAndYear]
                    + Self.pounds(
                        [cost.mean, cost.p5, cost.p50, cost.p95].map { Money(roundingPence: $0) },
                        hiding: Array(repeating: !disclosure.shows(expected: point.total.mean), count: 4))
            }
        }
        return .group([
            HTMLTable(
                caption:
                    "Range of the total cost per month across the \(projection.settings.paths.grouped) Monte-Carlo paths",
                head: ["Month", "Mean", "5th percentile", "Median", "95th percentile"], rows: rows
            ).node,
            .smallNumbersNote(if: points.contains { !disclosure.shows(expected: $0.total.mean) }),
        ])
    }

    /// Which prices the cost is at, and that the form above can change them.
    func costHint(_ projection: DemandProjection) -> Node {
        let average = projection.settings.method == .montecarlo ? " (which the Monte-Carlo paths average to)" : ""
        let options = projection.settings.costs ?? .init()
        let changed = DemandCostItem.allCases.compactMap { item in
            options.weeklyCosts[item].map { "\(item.label) \($0.formatted)" }
        }
        let prices =
            changed.isEmpty
            ? "Hearth's default 2024-25 weekly costs (fostering £350 to £950, children's homes £5,000 to £6,500, supported accommodation £2,000)"
            : "Hearth's default 2024-25 weekly costs except " + changed.joined(separator: ", ")
        let inflation =
            options.inflation == 0
            ? "without inflation"
            : "with prices rising \(DemandProjectionError.percent(options.inflation)) a year on each anniversary of the start"
        return .p(
            .class("hint"),
            .text(
                "The expected number of children of the stock-and-flow projection\(average), priced at \(prices),\n"
                    + "each kind of home split between its cost items as its children were in the reference window, \(inflation).\n"
                    + "Change the prices in the form above."))
    }

    /// "April 2025", and the days projected when that is only part of the month.
    func monthName(_ period: DemandCostPeriod) -> String {
        let name = "\(Day.monthNames[period.period.calendarMonth - 1]) \(period.period.calendarYear)"
        let full = Day.daysInMonth(year: period.period.calendarYear, month: period.period.calendarMonth)
        return period.days == full ? name : "\(name) (\(period.days) days)"
    }

    static func x(_ day: Day) -> Double { Double(day.ordinal) }

    /// About eight labelled ticks: every 1, 2, 3, 6 or 12 dates, counted from `anchor` (the start).
    static func ticks(_ dates: [Day], anchor: Day) -> [LineChart.Tick] {
        let step = [1, 2, 3, 6, 12].first { (dates.count + $0 - 1) / $0 <= 8 } ?? 12
        let anchorIndex = dates.firstIndex(of: anchor) ?? 0
        return dates.enumerated().filter { ($0.offset - anchorIndex) % step == 0 }.map {
            LineChart.Tick(
                value: x($0.element), label: "\(Day.monthNames[$0.element.month - 1].prefix(3)) \($0.element.year)")
        }
    }

    /// Whole children, or one decimal when the ticks are that fine (tiny projections).
    static func tickChildren(_ value: Double) -> String {
        value == value.rounded() ? whole(value) : children(value)
    }

    static func tickPounds(_ value: Double) -> String {
        pounds(Money(roundingPence: value * 100))
    }
}
