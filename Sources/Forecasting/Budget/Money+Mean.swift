import CareModel

extension Money {
    /// The mean of some amounts to the penny (halves away from zero); zero for none.
    static func mean(_ amounts: [Money]) -> Money {
        guard !amounts.isEmpty else { return .zero }
        return rounded(amounts.reduce(Int64(0)) { $0 + $1.pence }, over: Int64(amounts.count))
    }

    /// `numerator / denominator` pence, rounded once to the penny, halves away from zero.
    static func rounded(_ numerator: Int64, over denominator: Int64) -> Money {
        precondition(denominator > 0)
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        let away: Int64 = r.magnitude * 2 >= denominator.magnitude ? (numerator < 0 ? -1 : 1) : 0
        return Money(pence: q + away)
    }
}
