import CareModel

/// Turns projected children into money, as the regional model's costs (`ssda903/costs.py`):
///
///     cost(day) = Σ_c mean_c(day) × Σ_{i in c} p_{c,i} × w_i / 7 × (1 + inflation)^k
///
/// with w_i the weekly cost of item i, p_{c,i} its share of category c, and k the number of anniversaries
/// of the projection start on or before the day (so prices step up once a year, compounded).
///
/// Unlike the regional model, the means are not rounded to whole children first, so a small category
/// costs its expected amount rather than 0 or a whole child.
public struct DemandCostProjection: Hashable, Sendable {
    /// Weekly cost of each item; items not given cost their `defaultWeeklyCost`.
    public var weeklyCosts: [DemandCostItem: Money]
    public var proportions: DemandCostProportions
    /// Yearly price rise as a fraction: 0.03 is 3%.
    public var inflation: Double

    public init(
        weeklyCosts overrides: [DemandCostItem: Money] = [:],
        proportions: DemandCostProportions = .equal, inflation: Double = 0
    ) {
        weeklyCosts = Dictionary(
            uniqueKeysWithValues: DemandCostItem.allCases.map { ($0, overrides[$0] ?? $0.defaultWeeklyCost) })
        self.proportions = proportions
        self.inflation = inflation
    }

    /// Pence a day for one child in `category` at start prices: Σ_i p_{c,i} × w_i / 7. Not in care costs nothing.
    public func dailyUnitCost(of category: DemandCategory) -> Double {
        DemandCostItem.items(in: category).reduce(0) {
            $0 + proportions.share(of: $1) * Double(weeklyCosts[$1, default: $1.defaultWeeklyCost].pence) / 7
        }
    }

    /// The item's part of its category's cost: p_{c,i} × w_i ÷ Σ_j p_{c,j} × w_j (0 when the category costs nothing).
    /// Inflation is the same for every item, so the part does not change over the projection.
    public func costShare(of item: DemandCostItem) -> Double {
        let unit = dailyUnitCost(of: item.category)
        guard unit > 0 else { return 0 }
        return proportions.share(of: item) * Double(weeklyCosts[item, default: item.defaultWeeklyCost].pence) / 7 / unit
    }

    /// (1 + inflation)^k, where k counts the anniversaries of `start` on or before `day`.
    public func inflationFactor(on day: Day, start: Day) -> Double {
        var years = 0
        while start.adding(months: 12 * (years + 1)) <= day { years += 1 }
        var factor = 1.0
        for _ in 0..<years { factor *= 1 + inflation }
        return factor
    }

    /// Expected cost in pence of the children in `state` on the point's day.
    public func dailyCost(of state: DemandState, in point: ProjectionPoint, start: Day) -> Double {
        point.mean(of: state) * dailyUnitCost(of: state.category) * inflationFactor(on: point.date, start: start)
    }

    /// Expected cost in pence of all children looked after on the point's day.
    public func dailyCost(of point: ProjectionPoint, start: Day) -> Double {
        DemandCategory.inCare.reduce(0) { $0 + point.mean(of: $1) * dailyUnitCost(of: $1) }
            * inflationFactor(on: point.date, start: start)
    }

    /// Daily costs of every state over a projection. `start` is the projection's first day (default: the
    /// day before the first point, as `MarkovProjection` dates its points), from which inflation counts.
    public func costs(of points: [ProjectionPoint], start: Day? = nil) -> DemandCosts {
        let start = start ?? points.first?.date.adding(days: -1) ?? Day(ordinal: 0)
        let units = DemandState.all.map { dailyUnitCost(of: $0.category) }
        var daily: [Double] = []
        daily.reserveCapacity(points.count * DemandState.count)
        for point in points {
            let factor = inflationFactor(on: point.date, start: start)
            for state in DemandState.all { daily.append(point.means[state.index] * units[state.index] * factor) }
        }
        let shares = Dictionary(uniqueKeysWithValues: DemandCostItem.allCases.map { ($0, costShare(of: $0)) })
        return DemandCosts(start: start, dates: points.map(\.date), daily: daily, itemShares: shares)
    }
}
