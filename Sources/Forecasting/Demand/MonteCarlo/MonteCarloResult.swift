import CareModel

/// The spread of a count (or of a cost in pence) over Monte-Carlo paths.
public struct CountDistribution: Hashable, Sendable {
    public var mean: Double
    public var standardDeviation: Double
    /// The 5th, 25th, 50th, 75th and 95th percentiles (linear interpolation between order statistics).
    public var p5, p25, p50, p75, p95: Double

    /// The quantile levels reported, in the order of `quantiles`.
    public static let levels = [0.05, 0.25, 0.5, 0.75, 0.95]
    public var quantiles: [Double] { [p5, p25, p50, p75, p95] }

    /// Summarises `values`, which it sorts in place.
    init(values: inout [Int32]) {
        var doubles = values.map(Double.init)
        self.init(values: &doubles)
        values.sort()
    }

    /// Summarises `values`, which it sorts in place.
    init(values: inout [Double]) {
        values.sort()
        let n = Double(values.count)
        let mean = values.reduce(0.0, +) / max(1, n)
        let squares = values.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
        self.mean = mean
        standardDeviation = values.count > 1 ? (squares / (n - 1)).squareRoot() : 0
        let q = CountDistribution.levels.map { CountDistribution.quantile($0, ofSorted: values) }
        (p5, p25, p50, p75, p95) = (q[0], q[1], q[2], q[3], q[4])
    }

    /// The `level` quantile of sorted values: position (n − 1)·level, interpolated (numpy's default).
    static func quantile(_ level: Double, ofSorted values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let position = Double(values.count - 1) * level
        let below = Int(position.rounded(.down)), above = min(below + 1, values.count - 1)
        let weight = position - Double(below)
        return values[below] * (1 - weight) + values[above] * weight
    }
}

/// Children in care at one month end across the paths.
public struct MonteCarloPoint: Hashable, Sendable {
    public var date: Day
    /// Per in-care category, in the order of `DemandCategory.inCare` (Fostering, Residential, Supported, Other).
    public var categories: [CountDistribution]
    /// All children in care.
    public var total: CountDistribution
    /// When priced: the cost in pence of each in-care category's children over the month up to `date`
    /// (projected days only), in the order of `categories`; `nil` otherwise.
    public var costs: [CountDistribution]?
    /// When priced: the cost in pence of all children looked after over the month.
    public var totalCost: CountDistribution?

    public func distribution(of category: DemandCategory) -> CountDistribution? {
        category == .notInCare ? nil : categories[category.rawValue]
    }

    /// The spread of the month's cost of a category, in pence, when priced.
    public func costDistribution(of category: DemandCategory) -> CountDistribution? {
        category == .notInCare ? nil : costs?[category.rawValue]
    }
}

/// A Monte-Carlo run: month-end counts of every path, and their summary.
public struct MonteCarloResult: Hashable, Sendable {
    /// Series per month end: the four in-care categories, then the total.
    public static let seriesCount = DemandCategory.inCare.count + 1

    public let monthEnds: [Day]
    public let paths: Int
    /// `pathCounts[(path * monthEnds.count + month) * seriesCount + series]`: children in care in each path.
    public let pathCounts: [Int32]
    /// When priced, the month's cost in pence in each path, indexed as `pathCounts`; `nil` otherwise.
    public let pathCosts: [Double]?
    /// One point per month end.
    public let points: [MonteCarloPoint]

    init(monthEnds: [Day], paths: Int, pathCounts: [Int32], pathCosts: [Double]? = nil) {
        self.monthEnds = monthEnds
        self.paths = paths
        self.pathCounts = pathCounts
        self.pathCosts = pathCosts
        let series = MonteCarloResult.seriesCount, width = monthEnds.count * series
        var values = [Double](repeating: 0, count: paths)
        func summarise(_ month: Int, _ read: (Int) -> Double) -> [CountDistribution] {
            (0..<series).map { s in
                for path in 0..<paths { values[path] = read(path * width + month * series + s) }
                return CountDistribution(values: &values)
            }
        }
        points = monthEnds.indices.map { month in
            let counts = summarise(month) { Double(pathCounts[$0]) }
            let costs = pathCosts.map { costs in summarise(month) { costs[$0] } }
            return MonteCarloPoint(
                date: monthEnds[month], categories: Array(counts.dropLast()), total: counts[series - 1],
                costs: costs.map { Array($0.dropLast()) }, totalCost: costs?[series - 1])
        }
    }
}
