import CareModel
import Forecasting

/// The first page: how many children are in care on the data date, in which kinds of home.
struct OverviewPage {
    var date: Day
    var authorities: [AuthorityCode]
    var stock: [InCareCount]
    /// Entries and exits in each of the 12 months up to the data date, oldest first.
    var flows: [MonthFlow] = []
    var distance: DistanceFromHome? = nil

    var page: HTMLPage {
        let total = stock.reduce(0) { $0 + $1.children }
        let verb = total == 1 ? "was" : "were"
        let across = authorities.count > 1 ? " across \(authorities.count) authorities." : "."
        return HTMLPage(
            title: "Children in care",
            body: .group([
                .h1("Children in care"),
                .p(.class("lede"), "\(Self.children(total)) \(verb) in care on \(date.long)", .text(across)),
                measures(total: total),
                flowTable(),
                categoryTable(total: total),
                ageTable(),
            ]))
    }

    func count(where include: (InCareCount) -> Bool) -> Int {
        stock.filter(include).reduce(0) { $0 + $1.children }
    }

    func measures(total: Int) -> Node {
        let family = count { $0.category.isFamilyBased }
        let commissioned = count { $0.category.isCommissioned }
        return .dl(
            .class("summary-list"),
            .dt("In family-based settings"), .dd("\(percent(family, of: total)) (\(family.grouped) children)"),
            .dt("In commissioned placements"),
            .dd("\(percent(commissioned, of: total)) (\(commissioned.grouped) children)"),
            distanceMeasure, flowMeasure)
    }

    func categoryTable(total: Int) -> Node {
        let rows = PlacementCategory.allCases.map { category -> [String] in
            let n = count { $0.category == category }
            return [category.label, n.grouped, percent(n, of: total)]
        }
        return HTMLTable(
            caption: "Children in care on \(date.long) by kind of home",
            head: ["Kind of home", "Children", "Share"], rows: rows,
            foot: ["Total", total.grouped, total > 0 ? "100%" : "–"]
        ).node
    }

    func ageTable() -> Node {
        let rows = AgeBand.allCases.map { band in [band.label, count { $0.ageBand == band }.grouped] }
        return HTMLTable(caption: "Children in care on \(date.long) by age", head: ["Age", "Children"], rows: rows).node
    }

    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let rounded = (part * 100 + whole / 2) / whole
        return part > 0 && rounded == 0 ? "less than 1%" : "\(rounded)%"
    }
}

extension OverviewPage {
    /// "Placed more than 20 miles from home", among the children whose PL_DISTANCE is known.
    var distanceMeasure: Node {
        guard let distance, distance.children > 0 else { return .empty }
        guard distance.known > 0 else {
            return .group([
                .dt("Placed more than 20 miles from home"), .dd("Not known: the returns give no PL_DISTANCE"),
            ])
        }
        let share = percent(distance.fartherThanThreshold, of: distance.known)
        let coverage =
            distance.known == distance.children
            ? "" : "; distance known for \(distance.known.grouped) of \(distance.children.grouped)"
        return .group([
            .dt("Placed more than 20 miles from home"),
            .dd("\(share) (\(Self.children(distance.fartherThanThreshold))\(coverage))"),
        ])
    }

    /// Entries and exits in the data date's month.
    var flowMeasure: Node {
        guard let month = flows.last else { return .empty }
        let name = month.month.monthAndYear
        return .group([
            .dt("Started care in \(name)"), .dd(.text(month.entries.grouped)),
            .dt("Left care in \(name)"), .dd(.text(month.exits.grouped)),
        ])
    }

    /// The 12-month trend of children starting and leaving care: a chart, then the table it is drawn from.
    func flowTable() -> Node {
        guard !flows.isEmpty else { return .empty }
        return .group([.h2("Children starting and leaving care"), flowChart.node, flowRows()])
    }

    /// Entries and exits per month as two lines (blue solid, red dashed), one tick per month.
    var flowChart: LineChart {
        let x = { (f: MonthFlow) in Double(f.month.ordinal) }
        let series = [
            LineChart.Series(
                name: "Started care", colour: "#1d70b8", look: "blue, solid line",
                points: flows.map { LineChart.Point(x: x($0), y: Double($0.entries)) }),
            LineChart.Series(
                name: "Left care", colour: "#d4351c", look: "red, dashed line", dash: "10 5",
                points: flows.map { LineChart.Point(x: x($0), y: Double($0.exits)) }),
        ]
        let step = flows.count > 8 ? 2 : 1
        let ticks = flows.enumerated().filter { ($0.offset - flows.count + 1) % step == 0 }.map {
            LineChart.Tick(
                value: x($0.element),
                label: "\(Day.monthNames[$0.element.month.month - 1].prefix(3)) \($0.element.month.year)")
        }
        let entries = flows.reduce(0) { $0 + $1.entries }, exits = flows.reduce(0) { $0 + $1.exits }
        let description =
            "Line chart of children starting and leaving care each month from \(flows[0].month.monthAndYear) "
            + "to \(flows[flows.count - 1].month.monthAndYear): \(entries.grouped) started and \(exits.grouped) left in all. "
            + "The table below gives every month."
        return LineChart(
            id: "flow-chart", title: "Children starting and leaving care each month", description: description,
            xAxisLabel: "Month", yAxisLabel: "Children", series: series, xTicks: ticks,
            yTickLabel: { $0.rounded() == $0 ? Int($0).grouped : String(format: "%.1f", $0) })
    }

    func flowRows() -> Node {
        let rows = flows.map { f in
            [f.month.monthAndYear, f.entries.grouped, f.exits.grouped, signed(f.entries - f.exits)]
        }
        let entries = flows.reduce(0) { $0 + $1.entries }, exits = flows.reduce(0) { $0 + $1.exits }
        return HTMLTable(
            caption: "Children starting and leaving care, last 12 months",
            head: ["Month", "Started care", "Left care", "Net change"], rows: rows,
            foot: ["12 months", entries.grouped, exits.grouped, signed(entries - exits)]
        ).node
    }

    static func children(_ n: Int) -> String { n == 1 ? "1 child" : "\(n.grouped) children" }

    func signed(_ n: Int) -> String { n > 0 ? "+" + n.grouped : n < 0 ? "−" + (-n).grouped : "0" }
}
