import CareModel
import Forecasting

extension ProgrammePage {
    /// Anticipated as outlined blue bars, realised as solid black ones: each at least 3:1 against white, and
    /// told apart by more than colour.
    static let anticipatedLook = BarChart.Series(
        name: "Anticipated", fill: "#ffffff", stroke: "#1d70b8", look: "blue outlined bars, white inside")
    static let realisedLook = BarChart.Series(
        name: "Realised", fill: "#0b0c0c", stroke: "#0b0c0c", look: "solid black bars")

    /// Whether the months may be shown to the reader: each month adds up the savings of plans that moved
    /// or are expected to, so a reader who may not see small numbers does not see them when 1 to 5 plans
    /// make them up.
    var monthsShown: Bool {
        let plans = savings.plans
        let delivering = plans.filter { $0.cohort == .achieved || $0.cohort == .onTrack }
        let moved = plans.filter { $0.move != nil }
        return disclosure.shows(children: delivering.count) && disclosure.shows(children: moved.count)
    }

    /// The financial year month by month: a bar chart of the saving anticipated and realised in each month,
    /// then the same numbers in a table with the year's totals.
    var monthsSection: Node {
        guard monthsShown else {
            return .group([
                .h2("The year month by month"),
                .p(.text("Not shown: so few plans make up each month's saving that it could identify a child.")),
            ])
        }
        return .group([
            .h2("The year month by month"),
            .p(
                .class("hint"),
                .text(
                    "Anticipated: what the achieved and on-track plans are expected to save in each month, from their "
                        + "target dates. Realised: what the moves the costs register shows saved, up to "
                        + "\(savings.asOf.long).")),
            monthsChart.node,
            monthsTable.node,
        ])
    }

    var monthsChart: BarChart {
        BarChart(
            id: "programme-months",
            title: "\(programme.name): savings anticipated and realised in each month of \(savings.year.label)",
            description: chartDescription, xAxisLabel: "Month of \(savings.year.label)",
            yAxisLabel: "Saving in the month (£)", series: [Self.anticipatedLook, Self.realisedLook],
            groups: savings.months.map { month in
                BarChart.Group(
                    label: String(Day.monthNames[month.period.calendarMonth - 1].prefix(3)),
                    values: [Self.pounds(month.anticipated), Self.pounds(month.realised)])
            },
            yTickLabel: ProjectionPage.tickPounds)
    }

    /// Money as a number of pounds for a chart's scale.
    static func pounds(_ money: Money) -> Double { Double(money.pence) / 100 }

    /// The chart's text alternative in brief: what it shows, the year's totals and the best month.
    var chartDescription: String {
        let anticipated = savings.months.reduce(Money.zero) { $0 + $1.anticipated }
        let realised = savings.months.reduce(Money.zero) { $0 + $1.realised }
        var text =
            "Bar chart of the saving anticipated and the saving realised in each month from "
            + "\(savings.year.first.long) to \(savings.year.last.long): \(ProgrammeNumbers.pounds(anticipated)) "
            + "anticipated and \(ProgrammeNumbers.pounds(realised)) realised in all."
        if let best = savings.months.max(by: { $0.anticipated < $1.anticipated }), best.anticipated > .zero {
            text +=
                " The most is anticipated in \(best.period.first.monthAndYear): "
                + "\(ProgrammeNumbers.pounds(best.anticipated))."
        }
        return text + " The table below gives every month."
    }

    var monthsTable: HTMLTable {
        let anticipated = savings.months.reduce(Money.zero) { $0 + $1.anticipated }
        let realised = savings.months.reduce(Money.zero) { $0 + $1.realised }
        return HTMLTable(
            caption: "\(programme.name): savings anticipated and realised by month, \(savings.year.label)",
            head: ["Month", "Anticipated", "Realised"],
            rows: savings.months.map { month in
                [
                    month.period.first.monthAndYear, ProgrammeNumbers.pounds(month.anticipated),
                    ProgrammeNumbers.pounds(month.realised),
                ]
            },
            foot: ["Total", ProgrammeNumbers.pounds(anticipated), ProgrammeNumbers.pounds(realised)])
    }
}
