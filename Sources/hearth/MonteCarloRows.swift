import CareModel
import Forecasting
import Foundation
import Interchange

/// Monte-Carlo results as output rows: per month end and kind of home (and the total), the mean,
/// standard deviation and the 5/25/50/75/95% quantiles of the number of children in care.
struct MonteCarloRows {
    struct Row: Encodable {
        var date: Day
        var category: String
        var mean: Double
        var sd: Double
        var p5, p25, p50, p75, p95: Double
    }

    var rows: [Row] = []

    init(result: MonteCarloResult) {
        for point in result.points {
            for category in DemandCategory.inCare {
                if let d = point.distribution(of: category) { rows.append(Self.row(point.date, category.label, d)) }
            }
            rows.append(Self.row(point.date, "Total", point.total))
        }
    }

    static func row(_ date: Day, _ category: String, _ d: CountDistribution) -> Row {
        Row(date: date, category: category, mean: d.mean, sd: d.standardDeviation,
            p5: d.p5, p25: d.p25, p50: d.p50, p75: d.p75, p95: d.p95)
    }

    var csv: String {
        var writer = CSVWriter(header: ["date", "category", "mean", "sd", "p5", "p25", "p50", "p75", "p95"])
        for r in rows {
            writer.append([r.date.iso, r.category] + [r.mean, r.sd, r.p5, r.p25, r.p50, r.p75, r.p95].map(ProjectionRows.number))
        }
        return writer.text
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
