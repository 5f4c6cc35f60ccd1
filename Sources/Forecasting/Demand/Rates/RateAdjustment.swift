import CareModel

/// A scenario change to one rate, as entered on the regional model's rate pages: multiply it by a factor or
/// add an amount (the result floored at 0). Ageing rates are observed transitions too, and can be adjusted
/// here, although the regional pages do not offer them.
public struct RateAdjustment: Hashable, Sendable, Codable {
    public enum Target: Hashable, Sendable, Codable {
        /// The daily rate from one state to another.
        case transition(from: DemandState, to: DemandState)
        /// The daily number of children entering care into a state.
        case entry(into: DemandState)
    }

    public enum Change: Hashable, Sendable, Codable {
        case multiply(Double)
        case add(Double)
    }

    public var target: Target
    public var change: Change

    public init(_ target: Target, _ change: Change) {
        self.target = target
        self.change = change
    }

    /// The rate after the change, as the regional `combine_rates`: multiplying wins when its factor is not 1.
    func applied(to rate: Double) -> Double {
        switch change {
        case .multiply(let factor): factor != 1 ? rate * factor : rate
        case .add(let amount): max(0, rate + amount)
        }
    }

    /// Whether the regional code would flag the rate as adjusted (a factor ≠ 1 or an amount ≠ 0).
    var isChange: Bool {
        switch change {
        case .multiply(let factor): factor != 1
        case .add(let amount): amount != 0
        }
    }
}
