import CareModel

/// Month-of-year factors and an optional linear trend for the entry rates (issue 5, item 3), beyond the
/// regional model, which keeps entries flat. The entry vector e is multiplied, day by day, by
/// `multiplier(on:)` in `MarkovProjection` and `MonteCarloProjection`.
///
/// The factors average 1 over the twelve months, and the trend is 1 at the reference window's midpoint, so
/// over a reference year the multipliers keep e's average: they move entries between months and years,
/// they do not add any.
public struct EntrySeasonality: Hashable, Sendable {
    /// `monthFactors[m − 1]`: entries in calendar month m relative to an average month.
    public var monthFactors: [Double]
    /// A linear trend in the monthly entry count, when fitted.
    public var trend: EntryTrend?

    public init(monthFactors: [Double] = EntrySeasonality.flat, trend: EntryTrend? = nil) {
        precondition(monthFactors.count == 12, "one factor per calendar month")
        self.monthFactors = monthFactors
        self.trend = trend
    }

    /// Twelve factors of 1: no seasonality.
    public static let flat = [Double](repeating: 1, count: 12)

    /// The multiplier of the entry rates on `day`.
    public func multiplier(on day: Day) -> Double {
        monthFactors[day.month - 1] * (trend?.factor(on: day) ?? 1)
    }

    /// Multipliers for the days `start + 1 … start + days`, the steps of a projection from `start`.
    public func multipliers(start: Day, days: Int) -> [Double] {
        (0..<max(0, days)).map { multiplier(on: start.adding(days: $0 + 1)) }
    }
}

/// A linear trend in entries: the level on a day relative to the level at `midpoint`, floored at 0.
public struct EntryTrend: Hashable, Sendable {
    /// The reference window's midpoint, where the factor is 1 (the entry rate is the window's average).
    public var midpoint: Day
    /// Change of the factor per day (the fitted slope ÷ the fitted level at the midpoint).
    public var relativeSlopePerDay: Double

    public init(midpoint: Day, relativeSlopePerDay: Double) {
        self.midpoint = midpoint
        self.relativeSlopePerDay = relativeSlopePerDay
    }

    /// 1 + slope × days from the midpoint, never below 0 (a falling trend cannot make entries negative).
    public func factor(on day: Day) -> Double {
        max(0, 1 + relativeSlopePerDay * Double(midpoint.days(to: day)))
    }
}
