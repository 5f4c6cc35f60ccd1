import CareModel

extension ProjectionPoint {
    /// The point with every state outside `band` emptied (means and variances 0), so sums over kinds of home
    /// and costs count only that band's children; the point itself when `band` is `nil`.
    func keeping(_ band: AgeBand?) -> ProjectionPoint {
        guard let band else { return self }
        var kept = self
        for state in DemandState.all where state.ageBand != DemandAgeBand(band) {
            kept.means[state.index] = 0
            kept.variances[state.index] = 0
        }
        return kept
    }
}

extension DemandAgeBand {
    /// The demand model's band for a DfE age band: the two lists share their boundaries (1, 5, 10, 16).
    public init(_ band: AgeBand) {
        switch band {
        case .under1: self = .birthToOne
        case .age1to4: self = .oneToFive
        case .age5to9: self = .fiveToTen
        case .age10to15: self = .tenToSixteen
        case .age16plus: self = .sixteenPlus
        }
    }
}
