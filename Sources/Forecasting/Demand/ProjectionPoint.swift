import CareModel

/// The projected population on one day: expected children and variance in every demand state.
public struct ProjectionPoint: Hashable, Sendable {
    public var date: Day
    /// Expected children, indexed by `DemandState.index`.
    public var means: [Double]
    /// Variance of the count, indexed by `DemandState.index`.
    public var variances: [Double]

    public init(date: Day, means: [Double], variances: [Double]) {
        self.date = date
        self.means = means
        self.variances = variances
    }

    /// Expected children per state.
    public var mean: [DemandState: Double] {
        Dictionary(uniqueKeysWithValues: DemandState.all.map { ($0, means[$0.index]) })
    }

    /// Variance per state.
    public var variance: [DemandState: Double] {
        Dictionary(uniqueKeysWithValues: DemandState.all.map { ($0, variances[$0.index]) })
    }

    public func mean(of state: DemandState) -> Double { means[state.index] }
    public func variance(of state: DemandState) -> Double { variances[state.index] }

    /// The regional chart band, mean ± 2 standard deviations.
    public func band(of state: DemandState) -> ClosedRange<Double> {
        let spread = 2 * variances[state.index].squareRoot()
        return (means[state.index] - spread)...(means[state.index] + spread)
    }

    /// Expected children in a category across all age bands.
    public func mean(of category: DemandCategory) -> Double {
        DemandAgeBand.allCases.reduce(0) { $0 + means[DemandState($1, category).index] }
    }

    /// Expected children looked after (all bands, the four in-care categories).
    public var meanInCare: Double {
        DemandState.all.reduce(0) { $0 + ($1.isInCare ? means[$1.index] : 0) }
    }
}
