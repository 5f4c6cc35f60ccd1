import CareModel
import Forecasting

extension ScenarioComparePage {
    /// A line's colour, its look in words and its dashes: the baseline solid black, then each scenario in its
    /// own colour and dashes (every colour at least 3:1 against white, and told apart by more than colour).
    typealias Look = (colour: String, look: String, dash: String?)

    static let baselineLook: Look = ("#0b0c0c", "black, solid line", nil)
    static let scenarioLooks: [Look] = [
        ("#1d70b8", "blue, dashed line", "10 5"), ("#d4351c", "red, dotted line", "3 4"),
        ("#00703c", "green, dash-dot line", "10 4 3 4"), ("#4c2c92", "purple, long-dashed line", "18 6"),
    ]

    static func look(_ i: Int) -> Look { scenarioLooks[i % scenarioLooks.count] }

    /// Money as a number of pounds for a chart's scale.
    static func pounds(_ money: Money) -> Double { Double(money.pence) / 100 }

    /// "Apr 2025": a month on a chart's axis.
    static func short(_ period: Period) -> String {
        "\(Day.monthNames[period.calendarMonth - 1].prefix(3)) \(period.calendarYear)"
    }

    /// About eight labelled months along the x axis (every 1, 2, 3, 6 or 12), the first month first.
    var xTicks: [LineChart.Tick] {
        let step = [1, 2, 3, 6, 12].first { (periods.count + $0 - 1) / $0 <= 8 } ?? 12
        return periods.indices.filter { $0 % step == 0 }.map {
            LineChart.Tick(value: Double($0), label: Self.short(periods[$0]))
        }
    }

    /// The cost each month: the baseline and each scenario, with the likely range shaded when there is one,
    /// then the same numbers in a table with the period's totals.
    var costSection: Node {
        .group([
            .h2("Cost each month"),
            .p(
                .class("hint"),
                .text(
                    "What children in care would cost each month, with the levers' running costs and one-off "
                        + "costs in the month they fall.")),
            costChart.node,
            costTable.node,
        ])
    }

    var costChart: LineChart {
        let baseline = comparison.baseline
        let base = LineChart.Series(
            name: "Baseline", colour: Self.baselineLook.colour, look: Self.baselineLook.look,
            dash: Self.baselineLook.dash,
            points: baseline.monthlyCost.indices.map {
                LineChart.Point(x: Double($0), y: Self.pounds(baseline.monthlyCost[$0]))
            },
            band: Self.band(baseline.costRange ?? []))
        let scenarios = results.indices.map { i in
            LineChart.Series(
                name: results[i].scenario.name, colour: Self.look(i).colour, look: Self.look(i).look,
                dash: Self.look(i).dash,
                points: results[i].months.indices.map {
                    LineChart.Point(x: Double($0), y: Self.pounds(results[i].months[$0].cost))
                },
                band: Self.band(results[i].months.compactMap(\.costRange)))
        }
        return LineChart(
            id: "scenario-cost", title: "Cost each month: the baseline and " + names,
            description: costDescription, xAxisLabel: "Month", yAxisLabel: "Cost in the month (£)",
            series: [base] + scenarios, xTicks: xTicks, yTickLabel: ProjectionPage.tickPounds)
    }

    /// The shaded range, one point a month (none when the months have no range).
    static func band(_ ranges: [ClosedRange<Money>]) -> [LineChart.BandPoint] {
        ranges.indices.map { m in
            LineChart.BandPoint(x: Double(m), lower: pounds(ranges[m].lowerBound), upper: pounds(ranges[m].upperBound))
        }
    }

    /// "‘Recruit 12’ and ‘Open a home’": the scenarios' names in a sentence.
    var names: String {
        let quoted = results.map { "‘\($0.scenario.name)’" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The chart's text alternative in brief: the months, and what each line adds up to over them.
    var costDescription: String {
        let span =
            periods.first.map { "from \($0.first.monthAndYear) to \((periods.last ?? $0).first.monthAndYear)" } ?? ""
        let baseline = comparison.baseline.monthlyCost.reduce(Money.zero, +)
        let each = results.map { result in
            let total = result.months.reduce(Money.zero) { $0 + $1.cost }
            return "\(result.scenario.name) \(SufficiencyPage.about(total)) "
                + "(\(ScenarioWording.difference(result.difference).lowercased()))"
        }
        let range = comparison.baseline.costRange == nil ? "" : ", with the likely range shaded"
        return "Line chart of the cost of children in care each month \(span)\(range): the baseline "
            + "\(SufficiencyPage.about(baseline)) in all; " + each.joined(separator: "; ")
            + ". The table below gives every month."
    }

    /// Each month's cost of the baseline and of each scenario (with its likely range when there is one), and
    /// the totals.
    var costTable: HTMLTable {
        let baseline = comparison.baseline
        let rows = periods.indices.map { m -> [String] in
            [periods[m].first.monthAndYear]
                + [ScenarioWording.cost(baseline.monthlyCost[m], range: baseline.costRange?[m])]
                + results.map { result -> String in
                    m < result.months.count
                        ? ScenarioWording.cost(result.months[m].cost, range: result.months[m].costRange) : "–"
                }
        }
        let totals =
            [ProjectionPage.pounds(baseline.monthlyCost.reduce(Money.zero, +))]
            + results.map { result in ProjectionPage.pounds(result.months.reduce(Money.zero) { $0 + $1.cost }) }
        return HTMLTable(
            caption: "Cost each month, the baseline and each scenario, in whole pounds",
            head: ["Month", "Baseline"] + results.map(\.scenario.name), rows: rows, foot: ["Total"] + totals)
    }
}
