import CareModel
import Forecasting

/// Children in care at one month end of a projection, per kind of home and in all, each as an expected
/// number with a range: mean ± 2 standard deviations for the stock-and-flow method (lower end floored at
/// 0, as the command line prints it), the 5th to 95th percentile for Monte-Carlo.
struct ProjectedMonth: Hashable, Sendable {
    struct Count: Hashable, Sendable {
        var mean: Double
        var lower: Double
        var upper: Double
    }

    var date: Day
    /// In the order of `DemandCategory.inCare`, then all children looked after.
    var counts: [Count]

    /// The projection's month ends, from Monte-Carlo quantiles when it has them, else from the Markov points.
    static func months(of projection: DemandProjection) -> [ProjectedMonth] {
        if let result = projection.monteCarlo {
            return result.points.map { point in
                let distributions = DemandCategory.inCare.compactMap(point.distribution(of:)) + [point.total]
                return ProjectedMonth(date: point.date, counts: distributions.map { Count(mean: $0.mean, lower: $0.p5, upper: $0.p95) })
            }
        }
        return projection.markovMonthEnds.map(markov)
    }

    /// A Markov point's categories and total. The total's variance is the sum of all in-care states'
    /// variances, as the regional model's band treats states as independent.
    static func markov(_ point: ProjectionPoint) -> ProjectedMonth {
        let groups = DemandCategory.inCare.map { category in DemandState.all.filter { $0.category == category } }
            + [DemandState.all.filter(\.isInCare)]
        return ProjectedMonth(date: point.date, counts: groups.map { states in
            let mean = states.reduce(0) { $0 + point.mean(of: $1) }
            let spread = 2 * states.reduce(0) { $0 + point.variance(of: $1) }.squareRoot()
            return Count(mean: mean, lower: max(0, mean - spread), upper: mean + spread)
        })
    }

    /// Observed stock as a month with no range.
    static func observed(_ point: ProjectionPoint) -> ProjectedMonth {
        let means = DemandCategory.inCare.map(point.mean(of:))
        return ProjectedMonth(date: point.date, counts: (means + [means.reduce(0, +)]).map { Count(mean: $0, lower: $0, upper: $0) })
    }
}
