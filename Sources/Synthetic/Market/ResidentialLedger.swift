import CareModel

/// How many of the authority's children are in children's homes (or unregistered settings) on each day,
/// as placed so far, against the number of such placements the authority can find: when homes are
/// full, fewer children go to one and more end up unregistered; when there is room, more do.
///
/// This is how councils describe the market, and it keeps the residential share of the simulated stock
/// near its target year after year instead of drifting with the luck of a few long placements.
struct ResidentialLedger: Sendable {
    private let firstOrdinal: Int
    private var occupied: [Int32]
    /// Children in care the authority typically has, which the capacity is a share of.
    private let typicalStock: Double

    init(from first: Day, through last: Day, typicalStock: Double) {
        firstOrdinal = first.ordinal
        occupied = Array(repeating: 0, count: max(1, first.days(to: last) + 1))
        self.typicalStock = typicalStock
    }

    /// The share of children in care the market has residential places for, as children are placed:
    /// 10% in 2020, rising 0.4 points a year (held within 8.5%…13%). Children placed later in the
    /// simulation, who could not see these places taken, bring the stock to about two points more.
    static func capacityShare(_ day: Day) -> Double {
        min(0.13, max(0.085, 0.10 + 0.004 * Double(day.year - 2020)))
    }

    /// Occupied places over capacity on `day`: below 1 there is room.
    func pressure(on day: Day) -> Double {
        let i = day.ordinal - firstOrdinal
        guard occupied.indices.contains(i) else { return 1 }
        return Double(occupied[i]) / (ResidentialLedger.capacityShare(day) * typicalStock)
    }

    /// Records a residential placement from `start` up to (not including) `end`.
    mutating func book(from start: Day, to end: Day) {
        let lower = max(0, start.ordinal - firstOrdinal), upper = min(occupied.count, end.ordinal - firstOrdinal)
        guard lower < upper else { return }
        for i in lower..<upper { occupied[i] += 1 }
    }
}
