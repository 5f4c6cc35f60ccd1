import CareModel

/// Prices one Monte-Carlo path month by month, the way `DemandCostProjection` prices the Markov mean:
///
///     cost(path, month, category) = Σ over the month's projected days d of
///                                   children in care in the category on d × unit(category) × inflation(d)
///
/// with unit = Σ_i p_{c,i} × w_i / 7 pence a day (`DemandCostProjection.dailyUnitCost(of:)`) and inflation
/// stepping up on each anniversary of the start. A month is the projected days after the previous month end
/// up to its month end, so the first month may be part of one, as in `hearth project --costs`.
struct MonteCarloPricing: Sendable {
    /// Pence a day for one child in each in-care category (`DemandCategory.rawValue`) at start prices.
    let unit: [Double]
    /// `factor[d]`: the price factor on projected day d (index 0, the start day, is not projected).
    let factor: [Double]

    init(costs: DemandCostProjection, start: Day, calendar: MonteCarloCalendar) {
        unit = DemandCategory.inCare.map { costs.dailyUnitCost(of: $0) }
        let days = calendar.firstAtOrAfter.count - 1
        factor = (0...max(0, days)).map { costs.inflationFactor(on: start.adding(days: $0), start: start) }
    }

    /// Turns a path's daily occupancy changes (`occupancy[day * 4 + category]`, +1 where a stay starts and −1
    /// where it stops) into its cost per month end and series at `costs[base…]`, and clears the changes.
    func price(occupancy: inout [Int32], into costs: inout [Double], base: Int, calendar: MonteCarloCalendar) {
        let series = MonteCarloResult.seriesCount, categories = DemandCategory.inCare.count
        let months = calendar.offsets.count, days = factor.count - 1
        var children = [Int32](repeating: 0, count: categories)
        defer { for i in occupancy.indices { occupancy[i] = 0 } }
        guard days > 0 else { return }
        for day in 1...days {
            let month = calendar.firstAtOrAfter[day]
            for c in 0..<categories {
                children[c] += occupancy[day * categories + c]
                guard month < months, children[c] != 0 else { continue }
                let pence = Double(children[c]) * unit[c] * factor[day]
                costs[base + month * series + c] += pence
                costs[base + month * series + series - 1] += pence
            }
        }
    }
}
