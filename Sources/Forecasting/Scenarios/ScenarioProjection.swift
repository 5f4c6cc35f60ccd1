import CareModel

/// What a scenario needs from one run of the demand projection (the baseline's, or a scenario's own when
/// its levers change rates or entries): children by kind of home each day and at each month end, and each
/// month's cost, with the Monte-Carlo likely range when the run had one.
public struct ScenarioProjection: Sendable {
    public var start: Day
    public var periods: [Period]
    /// Expected children at each month end (or the projection's last day), per `DemandCategory.inCare`.
    public var monthEndChildren: [[Double]]
    /// Each month's expected cost, rounded once.
    public var monthlyCost: [Money]
    /// The likely range of each month's cost and of its children in care (5th to 95th percentile across
    /// the Monte-Carlo paths); `nil` without a Monte-Carlo run.
    public var costRange: [ClosedRange<Money>]?
    public var childrenRange: [ClosedRange<Double>]?
    /// Expected children in each in-care category on each projected day (index k: `start + k + 1`).
    var daily: [[Double]]
    /// The Markov points' daily cost, for price uplifts.
    var costs: DemandCosts

    /// Reads a projection run with costs (its Markov points are always there then).
    ///
    /// - Throws: `ScenarioError.projectionWithoutCosts` when it was run without costs.
    public init(_ projection: DemandProjection) throws(ScenarioError) {
        guard let costs = projection.costs, let markov = projection.markov else { throw .projectionWithoutCosts }
        start = projection.start
        self.costs = costs
        let months = costs.periods
        periods = months.map(\.period)
        monthlyCost = months.map(\.total)
        daily = markov.map { point in DemandCategory.inCare.map { point.mean(of: $0) } }
        let ends = months.map { min($0.period.last, projection.start.adding(days: projection.days)) }
        monthEndChildren = ends.map { end in
            let k = projection.start.days(to: end) - 1
            return k >= 0 && k < markov.count ? DemandCategory.inCare.map { markov[k].mean(of: $0) } : [0, 0, 0, 0]
        }
        if let monteCarlo = projection.monteCarlo {
            let byMonth = Dictionary(
                monteCarlo.points.map { (Period(calendarYear: $0.date.year, month: $0.date.month), $0) },
                uniquingKeysWith: { a, _ in a })
            costRange = periods.map { period in
                guard let cost = byMonth[period]?.totalCost else { return Money.zero...Money.zero }
                return Money(roundingPence: cost.p5)...Money(roundingPence: cost.p95)
            }
            childrenRange = periods.map { byMonth[$0].map { $0.total.p5...$0.total.p95 } ?? 0...0 }
        }
    }

    /// Index of the month holding projected day k.
    func month(ofDay k: Int) -> Int {
        let day = start.adding(days: k + 1)
        return periods.firstIndex { $0.first <= day && day <= $0.last } ?? max(0, periods.count - 1)
    }
}

/// Why a scenario cannot be run: nothing is worked out.
public enum ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    case projectionWithoutCosts
    case unknownChild(String)
    case noLevers
    case invalid(lever: Int, field: String, rule: String)

    public var description: String {
        switch self {
        case .projectionWithoutCosts: "The projection was run without costs, so a scenario cannot be priced"
        case .unknownChild(let child):
            "Child \(child) has no placement open in the costs register on the scenario's start day"
        case .noLevers: "A scenario needs at least one lever"
        case .invalid(let lever, let field, let rule): "Lever \(lever): \(field): \(rule)"
        }
    }
}
