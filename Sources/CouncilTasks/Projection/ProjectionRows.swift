import CareModel
import Forecasting
import Foundation
import Interchange

/// Projection points as output rows: per date and kind of home (and age band), mean, sd and the band.
public struct ProjectionRows: Sendable {
    public struct Row: Encodable, Sendable {
        public var date: Day
        public var category: String
        public var ageBand: String?
        public var mean: Double
        public var sd: Double
        public var cost: Money?
        public var lower: Double { ProjectedSpread(mean: mean, sd: sd).lower }
        public var upper: Double { ProjectedSpread(mean: mean, sd: sd).upper }

        enum CodingKeys: String, CodingKey { case date, category, ageBand = "age_band", mean, sd, lower, upper, cost }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date)
            try c.encode(category, forKey: .category)
            try c.encodeIfPresent(ageBand, forKey: .ageBand)
            try c.encode(mean, forKey: .mean)
            try c.encode(sd, forKey: .sd)
            try c.encode(lower, forKey: .lower)
            try c.encode(upper, forKey: .upper)
            try c.encodeIfPresent(cost?.plain, forKey: .cost)
        }
    }

    public var rows: [Row] = []
    public var hasCosts = false

    /// With `costs`, each row carries the cost of its states from the first of its month to its date.
    public init(points: [ProjectionPoint], byAge: Bool, costs: DemandCosts? = nil) {
        hasCosts = costs != nil
        for point in points {
            let cost = { (states: [DemandState]) in
                costs?.cost(of: states, from: point.date.startOfMonth, through: point.date)
            }
            for category in DemandCategory.inCare {
                let states = DemandState.all.filter { $0.category == category }
                let spread = point.spread(of: states)
                rows.append(
                    Row(
                        date: point.date, category: category.label, ageBand: nil,
                        mean: spread.mean, sd: spread.sd, cost: cost(states)))
                guard byAge else { continue }
                for state in states {
                    let spread = point.spread(of: [state])
                    rows.append(
                        Row(
                            date: point.date, category: category.label, ageBand: state.ageBand.label,
                            mean: spread.mean, sd: spread.sd, cost: cost([state])))
                }
            }
        }
    }

    public var csv: String {
        var writer = CSVWriter(
            header: ["date", "category", "age_band", "mean", "sd", "lower", "upper"] + (hasCosts ? ["cost"] : []))
        for row in rows {
            writer.append(
                [
                    row.date.iso, row.category, row.ageBand ?? "all", Self.number(row.mean), Self.number(row.sd),
                    Self.number(row.lower), Self.number(row.upper),
                ] + (row.cost.map { [$0.plain] } ?? []))
        }
        return writer.text
    }

    public func json() throws -> String {
        try prettyJSON(rows)
    }

    /// Three decimals: children are whole, but a projected mean is not.
    public static func number(_ value: Double) -> String { String(format: "%.3f", value) }
}
