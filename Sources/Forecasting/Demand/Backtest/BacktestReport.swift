import CareModel

/// How entries are projected in a back-test.
public enum BacktestMethod: String, CaseIterable, Hashable, Sendable, Codable {
    /// The regional model: flat entry rates.
    case plain
    /// Entry rates × month-of-year factors fitted on the reference window.
    case seasonal
    /// Month-of-year factors and a linear trend, both fitted on the reference window. The trend needs a
    /// window over 12 months (some calendar month seen twice); with 12 or fewer it is the seasonal method.
    case seasonalTrend
    /// Individual paths with the plain method's rates and entries (their mean, compared like the others).
    case monteCarlo = "montecarlo"
    /// Individual paths whose moves and exits depend on time in placement (`TimeInPlacementRates`).
    case monteCarloByDuration = "montecarlo-duration"

    /// The stock-and-flow methods, which differ only in how entries are projected.
    public static let markov: [BacktestMethod] = [.plain, .seasonal, .seasonalTrend]

    public var isMonteCarlo: Bool { self == .monteCarlo || self == .monteCarloByDuration }
}

/// One projection set against what happened: children in care per category at cut-off + horizon.
public struct BacktestComparison: Hashable, Sendable {
    public var cutoff: Day
    public var target: Day
    public var horizonMonths: Int
    public var method: BacktestMethod
    /// Expected children per in-care category, in the order of `DemandCategory.inCare`.
    public var projected: [Double]
    /// Children actually in care per in-care category on `target`, from the full histories.
    public var actual: [Double]

    public var projectedTotal: Double { projected.reduce(0, +) }
    public var actualTotal: Double { actual.reduce(0, +) }
}

/// Error of a method at one horizon over the cut-offs.
public struct ForecastAccuracy: Hashable, Sendable {
    /// Mean of |projected − actual|, in children.
    public var meanAbsoluteError: Double
    /// Mean of |projected − actual| ÷ actual × 100, over the cut-offs with anyone actually there;
    /// `nil` when there were none.
    public var meanAbsolutePercentageError: Double?

    /// Accuracy of projected against actual values, pair by pair.
    init(projected: [Double], actual: [Double]) {
        let errors = zip(projected, actual).map { abs($0 - $1) }
        meanAbsoluteError = errors.isEmpty ? 0 : errors.reduce(0, +) / Double(errors.count)
        let percentages = zip(errors, actual).filter { $0.1 > 0 }.map { $0.0 / $0.1 * 100 }
        meanAbsolutePercentageError = percentages.isEmpty ? nil : percentages.reduce(0, +) / Double(percentages.count)
    }
}

/// A method's accuracy at one horizon: total stock and each category.
public struct BacktestScore: Hashable, Sendable {
    public var method: BacktestMethod
    public var horizonMonths: Int
    /// Cut-offs whose target date lies within the data.
    public var cutoffs: Int
    public var total: ForecastAccuracy
    /// Per in-care category, in the order of `DemandCategory.inCare`.
    public var categories: [ForecastAccuracy]

    public func accuracy(of category: DemandCategory) -> ForecastAccuracy? {
        category == .notInCare ? nil : categories[category.rawValue]
    }
}

/// Everything a back-test found: each comparison, and the scores per method and horizon.
public struct BacktestReport: Hashable, Sendable {
    public var comparisons: [BacktestComparison]
    /// Method-major, then horizon, in the order asked for.
    public var scores: [BacktestScore]

    public func score(method: BacktestMethod, horizonMonths: Int) -> BacktestScore? {
        scores.first { $0.method == method && $0.horizonMonths == horizonMonths }
    }

    init(comparisons: [BacktestComparison], methods: [BacktestMethod], horizons: [Int]) {
        self.comparisons = comparisons
        scores = methods.flatMap { method in
            horizons.map { horizon in
                let matching = comparisons.filter { $0.method == method && $0.horizonMonths == horizon }
                return BacktestScore(
                    method: method, horizonMonths: horizon, cutoffs: matching.count,
                    total: ForecastAccuracy(
                        projected: matching.map(\.projectedTotal), actual: matching.map(\.actualTotal)),
                    categories: DemandCategory.inCare.indices.map { c in
                        ForecastAccuracy(
                            projected: matching.map { $0.projected[c] }, actual: matching.map { $0.actual[c] })
                    })
            }
        }
    }
}
