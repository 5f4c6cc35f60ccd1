import CareModel

/// Daily rates of moving and leaving care by age band × category × time in placement, for the Monte-Carlo
/// projection by age and time in placement (issue 5, item 2).
///
/// Each band's `TransitionRates` holds r_b(s→s′): the daily probability that a child in state s who has
/// been in the placement for a time in band b moves to s′ the next day. Entry rates are the plain model's
/// and are the same in every band (entrants start at time 0).
public struct TimeInPlacementRates: Hashable, Sendable {
    public let bands: TimeInPlacementBands
    /// `byBand[b]`: the rates for band b.
    public let byBand: [TransitionRates]
    /// Child-days at risk seen in the reference window, `childDays[b * DemandState.count + s]`.
    public let childDays: [Double]
    /// Whether band b of state s used the age × category rate instead (`fallback[b * DemandState.count + s]`).
    public let fallback: [Bool]

    /// Ten child-years. Below that a cell's rate is mostly noise: with a typical daily rate of leaving a
    /// state of 1/365 (a stay of about a year), 3,650 child-days hold about 10 moves, so the estimate has a
    /// relative standard error of about 1/√10 ≈ 32%; a cell with fewer days uses the age × category rate.
    public static let minimumChildDays = 3_650.0

    public init(bands: TimeInPlacementBands, byBand: [TransitionRates], childDays: [Double], fallback: [Bool]) {
        precondition(byBand.count == bands.count, "one set of rates per band")
        self.bands = bands
        self.byBand = byBand
        self.childDays = childDays
        self.fallback = fallback
    }

    /// The same rates at every time in placement, in one band: the plain Monte-Carlo.
    public init(uniform rates: TransitionRates) {
        self.init(
            bands: .single, byBand: [rates], childDays: [Double](repeating: 0, count: DemandState.count),
            fallback: [Bool](repeating: true, count: DemandState.count))
    }

    /// The rate from `from` to `to` for a child in band `band`.
    public func rate(from: DemandState, to: DemandState, band: Int) -> Double { byBand[band][from, to] }

    /// Child-days at risk in `state` and `band` over the reference window.
    public func childDays(in state: DemandState, band: Int) -> Double {
        childDays[band * DemandState.count + state.index]
    }

    /// Whether `state` in `band` had too few child-days and uses the age × category rate.
    public func usesFallback(_ state: DemandState, band: Int) -> Bool {
        fallback[band * DemandState.count + state.index]
    }
}
