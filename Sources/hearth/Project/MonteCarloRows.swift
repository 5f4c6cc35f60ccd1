import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange

/// Monte-Carlo results as output rows: per month end and kind of home (and the total), the mean,
/// standard deviation and the 5/25/50/75/95% quantiles of the number of children in care, and when priced
/// the same of the month's cost in pounds.
struct MonteCarloRows {
    struct Row: Encodable {
        var date: Day
        var category: String
        var mean: Double
        var sd: Double
        var p5, p25, p50, p75, p95: Double
        /// The month's cost in pounds: mean, sd and quantiles, when priced.
        var cost: Spread?
    }

    struct Spread: Encodable {
        var mean, sd, p5, p25, p50, p75, p95: Double
    }

    var rows: [Row] = []
    var hasCosts = false

    init(result: MonteCarloResult) {
        hasCosts = result.pathCosts != nil
        for point in result.points {
            for category in DemandCategory.inCare {
                if let d = point.distribution(of: category) {
                    rows.append(Self.row(point.date, category.label, d, cost: point.costDistribution(of: category)))
                }
            }
            rows.append(Self.row(point.date, "Total", point.total, cost: point.totalCost))
        }
    }

    static func row(_ date: Day, _ category: String, _ d: CountDistribution, cost: CountDistribution?) -> Row {
        // Costs are summarised in pence; rows give pounds.
        let pounds = cost.map { c in
            Spread(
                mean: c.mean / 100, sd: c.standardDeviation / 100, p5: c.p5 / 100,
                p25: c.p25 / 100, p50: c.p50 / 100, p75: c.p75 / 100, p95: c.p95 / 100)
        }
        return Row(
            date: date, category: category, mean: d.mean, sd: d.standardDeviation,
            p5: d.p5, p25: d.p25, p50: d.p50, p75: d.p75, p95: d.p95, cost: pounds)
    }

    static let costColumns = ["cost_mean", "cost_sd", "cost_p5", "cost_p25", "cost_p50", "cost_p75", "cost_p95"]

    var csv: String {
        var writer = CSVWriter(
            header: ["date", "category", "mean", "sd", "p5", "p25", "p50", "p75", "p95"]
                + (hasCosts ? Self.costColumns : []))
        for r in rows {
            let cost = r.cost.map { c in
                [c.mean, c.sd, c.p5, c.p25, c.p50, c.p75, c.p95].map { String(format: "%.2f", $0) }
            }
            writer.append(
                [r.date.iso, r.category] + [r.mean, r.sd, r.p5, r.p25, r.p50, r.p75, r.p95].map(ProjectionRows.number)
                    + (cost ?? []))
        }
        return writer.text
    }

    func json() throws -> String {
        try prettyJSON(rows)
    }
}
