import CareModel
import Forecasting

extension OverviewPage {
    /// The 12-month trend of children starting and leaving care: a chart, then the table it is drawn from.
    func flowTable() -> Node {
        guard !flows.isEmpty else { return .empty }
        return .group([.h2("Children starting and leaving care"), flowChart?.node ?? .empty, flowRows()])
    }

    /// Entries and exits per month as two lines (blue solid, red dashed), one tick per month. A reader who
    /// may not see small numbers gets only the lines with none in any month: a line through the others
    /// would still show roughly how small the hidden ones were. `nil` when no line is left to draw.
    var flowChart: LineChart? {
        let x = { (f: MonthFlow) in Double(f.month.ordinal) }
        let series = [
            LineChart.Series(
                name: "Started care", colour: "#1d70b8", look: "blue, solid line",
                points: flows.map { LineChart.Point(x: x($0), y: Double($0.entries)) }),
            LineChart.Series(
                name: "Left care", colour: "#d4351c", look: "red, dashed line", dash: "10 5",
                points: flows.map { LineChart.Point(x: x($0), y: Double($0.exits)) }),
        ]
        let drawn = series.filter { line in !hides(line.points.map { Int($0.y) }) }
        guard !drawn.isEmpty else { return nil }
        let step = flows.count > 8 ? 2 : 1
        let ticks = flows.enumerated().filter { ($0.offset - flows.count + 1) % step == 0 }.map {
            LineChart.Tick(
                value: x($0.element),
                label: "\(Day.monthNames[$0.element.month.month - 1].prefix(3)) \($0.element.month.year)")
        }
        return LineChart(
            id: "flow-chart", title: "Children starting and leaving care each month",
            description: flowDescription(leftOut: drawn.count < series.count),
            xAxisLabel: "Month", yAxisLabel: "Children", series: drawn, xTicks: ticks,
            yTickLabel: { $0.rounded() == $0 ? Int($0).grouped : String(format: "%.1f", $0) })
    }

    /// The chart's text alternative: the months it covers and the 12-month sums.
    func flowDescription(leftOut: Bool) -> String {
        let entries = flows.reduce(0) { $0 + $1.entries }, exits = flows.reduce(0) { $0 + $1.exits }
        var text =
            "Line chart of children starting and leaving care each month from \(flows[0].month.monthAndYear) "
            + "to \(flows[flows.count - 1].month.monthAndYear): "
        text += "\(disclosure.count(entries)) started and \(disclosure.count(exits)) left in all. "
        if leftOut { text += "A line with \(SmallNumbers.fewer) children in any month is not drawn. " }
        return text + "The table below gives every month."
    }

    /// A month's net change is hidden with either of its numbers, since it would give that one away.
    func flowRows() -> Node {
        let rows = flows.map { f in
            [
                f.month.monthAndYear, disclosure.count(f.entries), disclosure.count(f.exits),
                hides([f.entries, f.exits]) ? SmallNumbers.notShown : signed(f.entries - f.exits),
            ]
        }
        let entries = flows.reduce(0) { $0 + $1.entries }, exits = flows.reduce(0) { $0 + $1.exits }
        let net = hides([entries, exits]) ? SmallNumbers.notShown : signed(entries - exits)
        return .group([
            HTMLTable(
                caption: "Children starting and leaving care, last 12 months",
                head: ["Month", "Started care", "Left care", "Net change"], rows: rows,
                foot: ["12 months", disclosure.count(entries), disclosure.count(exits), net]
            ).node,
            .smallNumbersNote(if: hides(flows.flatMap { [$0.entries, $0.exits] } + [entries, exits])),
        ])
    }

    func signed(_ n: Int) -> String { n > 0 ? "+" + n.grouped : n < 0 ? "−" + (-n).grouped : "0" }
}
