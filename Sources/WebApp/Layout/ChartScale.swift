/// A linear map from data values (a domain) to SVG coordinates (a range), as a chart's axes use it.
/// The range may run backwards: a y axis maps larger values to smaller coordinates (nearer the top).
struct ChartScale: Hashable, Sendable {
    var domain: ClosedRange<Double>
    /// Where the domain's lower bound lands.
    var from: Double
    /// Where the domain's upper bound lands.
    var to: Double

    /// The coordinate of `value`; a domain of one value maps everything to the middle of the range.
    func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (from + to) / 2 }
        return from + (value - domain.lowerBound) / span * (to - from)
    }

    /// Round tick values from 0 to just past `maximum`, about `count` steps of 1, 2 or 5 × a power of 10
    /// (437 → 0, 100, …, 500). Nothing to show (a maximum of 0 or less) gives 0 and 1.
    static func niceTicks(upTo maximum: Double, count: Int = 5) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0, 1] }
        let step = niceStep(maximum / Double(max(1, count)))
        // The small allowance keeps 600 ÷ 100 at 6 steps despite rounding in the division.
        let steps = Int((maximum / step - 1e-9).rounded(.up))
        return (0...max(1, steps)).map { Double($0) * step }
    }

    /// The smallest of 1, 2, 5 or 10 × 10^k that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let fraction = raw / magnitude
        // The allowance keeps 0.2 ÷ 0.1 (2.0000000000000004 in binary) a 2.
        let tolerance = 1e-9
        let factor: Double =
            fraction <= 1 + tolerance ? 1 : fraction <= 2 + tolerance ? 2 : fraction <= 5 + tolerance ? 5 : 10
        return factor * magnitude
    }
}
