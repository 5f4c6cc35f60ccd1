import CareModel
import Forecasting

extension ScenarioComparePage {
    /// Invest to save: each scenario's saving against the baseline added up month by month, less everything
    /// it has invested, as a chart with a line at zero (where it has paid its investment back) and a table.
    var savingSection: Node {
        .group([
            .h2("Invest to save"),
            .p(
                .class("hint"),
                .text(
                    "The saving against the baseline, added up from the first month, less what the levers cost to "
                        + "put in place. Below zero the scenario has not yet paid back what it invested.")),
            savingChart.node,
            savingTable.node,
        ])
    }

    var savingChart: SignedLineChart {
        SignedLineChart(
            id: "scenario-saving", title: "Invest to save: net saving so far, month by month, for " + names,
            description: savingDescription, xAxisLabel: "Month", yAxisLabel: "Net saving so far (£)",
            series: results.indices.map { i in
                LineChart.Series(
                    name: results[i].scenario.name, colour: Self.look(i).colour, look: Self.look(i).look,
                    dash: Self.look(i).dash,
                    points: results[i].months.indices.map {
                        LineChart.Point(x: Double($0), y: Self.pounds(results[i].months[$0].cumulativeNetSaving))
                    })
            },
            xTicks: xTicks, yTickLabel: ProjectionPage.tickPounds, zeroMeaning: "the investment paid back")
    }

    /// The chart's text alternative in brief: when each scenario pays back, and where it ends.
    var savingDescription: String {
        let each = results.map { result in
            let end = result.months.last?.cumulativeNetSaving ?? .zero
            let net = end < .zero ? "\(SufficiencyPage.about(-end)) short of" : "\(SufficiencyPage.about(end)) ahead of"
            let payBack = ScenarioWording.lowerFirst(ScenarioWording.breakEven(result))
            return "\(result.scenario.name): \(payBack), and ends \(net) the baseline"
        }
        return "Line chart of each scenario's net saving so far at the end of each month, with a line at zero. "
            + each.joined(separator: "; ") + ". The table below gives every month."
    }

    /// Each month's net saving so far, for each scenario.
    var savingTable: HTMLTable {
        HTMLTable(
            caption: "Net saving so far at the end of each month (saving against the baseline less investment), "
                + "in whole pounds",
            head: ["Month"] + results.map(\.scenario.name),
            rows: periods.indices.map { m -> [String] in
                [periods[m].first.monthAndYear]
                    + results.map { result -> String in
                        m < result.months.count ? ProjectionPage.pounds(result.months[m].cumulativeNetSaving) : "–"
                    }
            })
    }
}
