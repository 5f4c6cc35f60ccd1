import CareModel

/// Everything one demand projection needs, as the command line and the web page both choose it, so that
/// `DemandProjection.run(_:histories:)` is the one place a projection is put together.
///
/// Days left `nil` come from the data: the reference window defaults to the whole data window and the
/// start to the day the data ends.
public struct DemandProjectionSettings: Hashable, Sendable {
    /// Stock-and-flow (mean and band) or individual paths (quantiles).
    public enum Method: String, CaseIterable, Hashable, Sendable {
        case markov, montecarlo
    }

    /// How projected children are priced (`DemandCostProjection`).
    public struct CostOptions: Hashable, Sendable {
        /// Yearly price rise as a fraction (0.03 is 3%), applied on each anniversary of the start.
        public var inflation: Double
        /// Weekly costs that replace an item's `defaultWeeklyCost`.
        public var weeklyCosts: [DemandCostItem: Money]

        public init(inflation: Double = 0, weeklyCosts: [DemandCostItem: Money] = [:]) {
            self.inflation = inflation
            self.weeklyCosts = weeklyCosts
        }
    }

    /// The months a projection may run: the regional model allows four years.
    public static let monthRange = 1...48
    /// Monte-Carlo paths allowed.
    public static let pathRange = 1...100_000
    /// Yearly inflation allowed, as a fraction (0% to 100%).
    public static let inflationRange = 0.0...1.0

    public var start: Day?
    public var months: Int
    public var referenceStart: Day?
    public var referenceEnd: Day?
    public var method: Method
    public var paths: Int
    public var seed: UInt64
    /// Scale entries by month-of-year factors fitted on the reference window.
    public var seasonal: Bool
    /// Add a linear trend in entries fitted on the reference window.
    public var trend: Bool
    /// When given, the Markov projection is priced (it is run for that even with the Monte-Carlo method).
    public var costs: CostOptions?
    /// Month ends of observed stock to return before the start (for charts), 0 for none.
    public var observedMonths: Int
    /// Monte-Carlo only: rates also by time in placement (`TimeInPlacementRates`, standard bands), each child
    /// in care carrying the day its placement began.
    public var byTimeInPlacement = false
    /// Only these children: sex and UASC pick the children the model learns from and projects (UASC meaning
    /// ever recorded as UASC, as the regional model filters); an age band keeps only that band's states in
    /// the Markov points, which children enter and leave as they age (Markov only).
    public var group = ChildGroup.everyone
    /// Scenario changes to the observed rates (the regional model's rate adjustments), applied before
    /// projecting; none by default.
    public var rateAdjustments: [RateAdjustment] = []
    /// Scenario changes to entries into care: from each change's day, entries are multiplied by its factor
    /// (on top of any seasonality); later changes multiply earlier ones.
    public var entryChanges: [EntryChange] = []

    public init(
        start: Day? = nil, months: Int = 24, referenceStart: Day? = nil, referenceEnd: Day? = nil,
        method: Method = .markov, paths: Int = 1_000, seed: UInt64 = 7, seasonal: Bool = false,
        trend: Bool = false, costs: CostOptions? = nil, observedMonths: Int = 0
    ) {
        self.start = start
        self.months = months
        self.referenceStart = referenceStart
        self.referenceEnd = referenceEnd
        self.method = method
        self.paths = paths
        self.seed = seed
        self.seasonal = seasonal
        self.trend = trend
        self.costs = costs
        self.observedMonths = observedMonths
    }

    /// Checks what can be checked without the data, first problem first.
    public func validate() throws(DemandProjectionError) {
        guard Self.monthRange.contains(months) else { throw .monthsOutOfRange(months) }
        guard Self.pathRange.contains(paths) else { throw .pathsOutOfRange(paths) }
        if let referenceStart, let referenceEnd, referenceStart >= referenceEnd {
            throw .windowBackwards(start: referenceStart, end: referenceEnd)
        }
        if group.ageBand != nil, method == .montecarlo { throw .ageBandNeedsMarkov }
        guard let costs else { return }
        guard Self.inflationRange.contains(costs.inflation) else { throw .inflationOutOfRange(costs.inflation) }
        for item in DemandCostItem.allCases {
            if let weekly = costs.weeklyCosts[item], weekly < .zero { throw .negativeWeeklyCost(item, weekly) }
        }
    }
}
