import CareModel

/// What a scenario needs from the costs register on its start day: the placements open then, the children's
/// dates of birth, each kind of home's average net weekly cost, and the shares of external residential and
/// agency fostering within residential and fostering (to tell how many of the projection's children a new
/// place can take).
public struct ScenarioRegister: Sendable {
    public var start: Day
    /// Placements open on `start`, one per child (the latest started).
    public var open: [String: PlacementCost]
    public var datesOfBirth: [String: Day]
    public var averageWeekly: [PlacementCategory: Money]
    var externalResidentialShare: Double
    var agencyFosteringShare: Double

    public init(costs: [PlacementCost], datesOfBirth: [String: Day], start: Day) {
        self.start = start
        self.datesOfBirth = datesOfBirth
        var open: [String: PlacementCost] = [:]
        for cost in costs where cost.placementStart <= start && (cost.placementEnd.map { $0 > start } ?? true) {
            if let other = open[cost.child.child], other.placementStart > cost.placementStart { continue }
            open[cost.child.child] = cost
        }
        self.open = open
        let byCategory = Dictionary(grouping: open.values.filter { $0.category != nil }, by: { $0.category! })
        averageWeekly = byCategory.mapValues { Money.mean($0.map { $0.netWeekly(on: start) }) }
        func share(_ part: PlacementCategory, of group: PlacementGroup) -> Double {
            let all = byCategory.filter { $0.key.group == group }.reduce(0) { $0 + $1.value.count }
            return all == 0 ? 1 : Double(byCategory[part]?.count ?? 0) / Double(all)
        }
        externalResidentialShare = share(.residentialExternal, of: .residential)
        agencyFosteringShare = share(.fosteringAgency, of: .fostering)
    }

    /// The register's average weekly cost of `category`, zero when it has none.
    public func average(_ category: PlacementCategory) -> Money { averageWeekly[category] ?? .zero }

    /// The last day a child's current home would be paid for anyway: its planned end, or the day before 18
    /// unless it continues past 18; `nil` when neither applies.
    func lastDay(of child: String) -> Day? {
        guard let cost = open[child] else { return nil }
        var days: [Day] = []
        if let planned = cost.plannedEnd { days.append(planned) }
        if !cost.continuesPast18, let born = datesOfBirth[child] { days.append(born.birthday(18).adding(days: -1)) }
        return days.min()
    }

    /// The children a selection names, in the order they move: named ones as given, a rule's by weekly cost,
    /// highest first (ties by reference).
    ///
    /// - Throws: `ScenarioError.unknownChild` for a named child with no placement open on the start day.
    func children(_ selection: ChildSelection) throws(ScenarioError) -> [PlacementCost] {
        switch selection {
        case .named(let ids):
            return try ids.map { id throws(ScenarioError) in
                guard let cost = open[id] else { throw .unknownChild(id) }
                return cost
            }
        case .highestCost(let count, let category, let youngest, let oldest):
            let fits = open.values.filter { cost in
                guard cost.category == category, let born = datesOfBirth[cost.child.child] else { return false }
                return (youngest...oldest).contains(born.age(on: start))
            }
            return Array(
                fits.sorted {
                    ($0.netWeekly(on: start), $1.child.child) > ($1.netWeekly(on: start), $0.child.child)
                }.prefix(max(0, count)))
        }
    }
}
