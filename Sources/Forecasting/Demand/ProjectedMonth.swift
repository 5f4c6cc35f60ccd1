import CareModel

/// Children in care at one month end of a projection, per kind of home and in all, each as an expected
/// number with a range: mean ± 2 standard deviations for the stock-and-flow method (lower end floored at
/// 0, as the command line prints it), the 5th to 95th percentile for Monte-Carlo.
public struct ProjectedMonth: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var mean: Double
        public var lower: Double
        public var upper: Double
    }

    public var date: Day
    /// In the order of `DemandCategory.inCare`, then all children looked after.
    public var counts: [Count]

    /// The projection's month ends, from Monte-Carlo quantiles when it has them, else from the Markov points.
    public static func months(of projection: DemandProjection) -> [ProjectedMonth] {
        if let result = projection.monteCarlo {
            return result.points.map { point in
                let distributions = DemandCategory.inCare.compactMap(point.distribution(of:)) + [point.total]
                return ProjectedMonth(
                    date: point.date,
                    counts: distributions.map { Count(mean: $0.mean, lower: $0.p5, upper: $0.p95) })
            }
        }
        return projection.markovMonthEnds.map(markov)
    }

    /// A Markov point's categories and total, each with the band mean ± 2 sd.
    public static func markov(_ point: ProjectionPoint) -> ProjectedMonth {
        let counts = DemandCategory.inCare.map(point.spread(of:)) + [point.spreadInCare]
        return ProjectedMonth(
            date: point.date, counts: counts.map { Count(mean: $0.mean, lower: $0.lower, upper: $0.upper) })
    }

    /// Observed stock as a month with no range.
    public static func observed(_ point: ProjectionPoint) -> ProjectedMonth {
        let means = DemandCategory.inCare.map(point.mean(of:))
        return ProjectedMonth(
            date: point.date,
            counts: (means + [means.reduce(0, +)]).map { Count(mean: $0, lower: $0, upper: $0) })
    }
}
