import CareModel
import Forecasting
import Interchange

extension ScenarioComparison {
    var csv: String {
        var writer = CSVWriter(header: [
            "scenario", "month", "fostering", "residential", "supported", "other", "cost", "cost_low", "cost_high",
            "baseline_cost", "difference", "investment", "cumulative_net_saving",
        ])
        for result in results {
            for month in result.months {
                writer.append(
                    [result.scenario.name, month.period.calendarMonthText]
                        + month.children.map { String(Int($0.rounded())) }
                        + [
                            month.cost.plain, month.costRange?.lowerBound.plain, month.costRange?.upperBound.plain,
                            month.baselineCost.plain, month.difference.plain, month.investment.plain,
                            month.cumulativeNetSaving.plain,
                        ])
            }
        }
        return writer.text
    }

    var table: String {
        var out = ""
        for result in results {
            out += "\(result.scenario.name)\n"
            for lever in result.scenario.levers { out += "  - \(lever.summary)\n" }
            out += "\n" + "Month".rightPadded(to: 10)
            out += ["Children", "Baseline", "Scenario", "Difference", "Net saved"].map { $0.leftPadded(to: 16) }
                .joined()
            out += "\n"
            for month in result.months {
                out +=
                    month.period.calendarMonthText.rightPadded(to: 10)
                    + String(Int(month.children.reduce(0, +).rounded())).leftPadded(to: 16)
                    + [month.baselineCost, month.cost, month.difference, month.cumulativeNetSaving]
                    .map { $0.formatted.leftPadded(to: 16) }.joined() + "\n"
            }
            out +=
                "\nOver \(result.months.count) months the scenario costs \(result.difference.formatted) more than the baseline"
            out += " (negative: less); it invests \(result.investment.formatted)"
            out +=
                result.breakEven.map { " and breaks even in \($0.calendarMonthText).\n\n" }
                ?? " and does not break even.\n\n"
        }
        return out
    }
}
