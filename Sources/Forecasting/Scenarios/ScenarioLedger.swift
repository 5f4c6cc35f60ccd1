import CareModel

/// The running account of a scenario's levers, day by day over the projection: what they cost (investment:
/// capital and running costs), what they avoid (the homes children would otherwise have been in), the
/// children they move between kinds of home, and how many of the projection's children are still free to
/// be moved (so two levers never take the same child).
///
/// Money is kept as weekly pence summed over days (so ÷ 7 gives pence), and divided once per figure.
struct ScenarioLedger {
    let projection: ScenarioProjection
    let register: ScenarioRegister
    let days: Int
    let monthOfDay: [Int]
    var investment: [Double]
    var avoided: [Double]
    /// Children moved into (+) or out of (−) each in-care category, per day.
    var moved: [[Double]]
    /// Children the projection has in each replaceable kind of home, not yet taken by a lever, per day.
    var free: [ReplacedHome: [Double]]

    init(projection: ScenarioProjection, register: ScenarioRegister) {
        self.projection = projection
        self.register = register
        days = projection.daily.count
        monthOfDay = (0..<projection.daily.count).map(projection.month(ofDay:))
        investment = Array(repeating: 0, count: projection.periods.count)
        avoided = investment
        moved = Array(repeating: Array(repeating: 0, count: days), count: DemandCategory.inCare.count)
        let residential = DemandCategory.residential.rawValue, fostering = DemandCategory.fostering.rawValue
        free = [
            .externalResidential: projection.daily.map { $0[residential] * register.externalResidentialShare },
            .agencyFostering: projection.daily.map { $0[fostering] * register.agencyFosteringShare },
        ]
    }

    /// The projected day k's date.
    func day(_ k: Int) -> Day { projection.start.adding(days: k + 1) }

    /// Day indexes from `first` through `last` (the projection's end when `nil`) that the projection covers.
    func indexes(from first: Day, through last: Day? = nil) -> Range<Int> {
        let lower = max(0, projection.start.days(to: first) - 1)
        let upper = min(days, last.map { projection.start.days(to: $0) } ?? days)
        return lower..<max(lower, upper)
    }

    mutating func spend(_ weekly: Money, times count: Double = 1, on k: Int) {
        investment[monthOfDay[k]] += Double(weekly.pence) * count
    }

    /// A one-off cost on `day`, when the projection covers it.
    mutating func spendOnce(_ amount: Money, on day: Day) {
        guard let k = indexes(from: day, through: day).first else { return }
        investment[monthOfDay[k]] += Double(amount.pence) * 7
    }

    mutating func avoid(_ weekly: Money, times count: Double = 1, on k: Int) {
        avoided[monthOfDay[k]] += Double(weekly.pence) * count
    }

    /// Takes up to `wanted` children from the projection's free children in `home` on day k; returns how
    /// many it took.
    mutating func take(_ wanted: Double, from home: ReplacedHome, on k: Int) -> Double {
        let taken = max(0, min(wanted, free[home]?[k] ?? 0))
        free[home]?[k] -= taken
        return taken
    }

    /// Records `count` children moving from one kind of home to another on day k.
    mutating func move(_ count: Double, from: PlacementCategory, to: PlacementCategory, on k: Int) {
        let old = DemandCategory(from.group), new = DemandCategory(to.group)
        guard old != new else { return }
        moved[old.rawValue][k] -= count
        moved[new.rawValue][k] += count
    }
}

extension DemandCategory {
    /// The projection's category for a group of homes, as the projection maps placement types (secure
    /// homes, placements with parents and adoption count as other).
    init(_ group: PlacementGroup) {
        switch group {
        case .fostering: self = .fostering
        case .residential: self = .residential
        case .supported: self = .supported
        case .secure, .placedWithParents, .adoption, .other: self = .other
        }
    }
}
