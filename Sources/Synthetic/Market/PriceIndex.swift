import CareModel

/// The April uplift of each financial year (3–6%), and prices carried from one year's rates to another's.
struct PriceIndex: Sendable {
    static let firstYear = 1980, lastYear = 2120
    /// Uplift applied on 1 April of each year, in hundredths of a percent.
    private var upliftBasisPoints: [Int] = []

    init(random: inout SeededRandom) {
        upliftBasisPoints = (PriceIndex.firstYear...PriceIndex.lastYear).map { _ in random.int(in: 300...600) }
    }

    func uplift(_ year: Int) -> Int64 {
        Int64(upliftBasisPoints[min(max(year, PriceIndex.firstYear), PriceIndex.lastYear) - PriceIndex.firstYear])
    }

    /// `amount` at year `from`'s rates, carried forward (or back) to year `to`, rounded to the penny each year.
    func price(of amount: Money, from: Int, to: Int) -> Money {
        var pence = amount.pence
        if to > from {
            for year in (from + 1)...to { pence = (pence * (10_000 + uplift(year)) + 5_000) / 10_000 }
        } else if to < from {
            for year in stride(from: from, to: to, by: -1) {
                let divisor = 10_000 + uplift(year)
                pence = (pence * 10_000 + divisor / 2) / divisor
            }
        }
        return Money(pence: pence)
    }
}
