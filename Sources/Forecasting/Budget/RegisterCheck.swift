import CareModel

/// Joins the costs register to the SSDA903 episodes by child and placement start, so that neither side
/// is silently dropped: costs with no matching episode and placements with no cost are listed instead.
public enum RegisterCheck {
    /// The exceptions for a financial year, sorted by child, start day and problem.
    ///
    /// Costs are checked when they are paid for some day of the year; a cost matches when the child has
    /// an episode starting on its start day (every placement start is an episode start). SSDA903
    /// placements open on some day of the year need a cost entry starting on the placement's start or on
    /// a later episode start within it (a register may restart a placement at a change of legal status).
    /// Short-break episodes (V3, V4) are left out: they are costed as respite, not in the register.
    public static func exceptions(
        costs: [PlacementCost], histories: [ChildHistory],
        year: FinancialYear
    ) -> [RegisterException] {
        let historyByChild = Dictionary(histories.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var costStarts: [ChildKey: Set<Day>] = [:]
        for cost in costs { costStarts[cost.child, default: []].insert(cost.placementStart) }
        var found: [RegisterException] = []
        for cost in costs where isPaid(cost, in: year) {
            guard let history = historyByChild[cost.child] else {
                found.append(
                    RegisterException(
                        child: cost.child, placementStart: cost.placementStart, problem: .childNotInReturn))
                continue
            }
            if !history.episodes.contains(where: { $0.start == cost.placementStart }) {
                found.append(
                    RegisterException(
                        child: cost.child, placementStart: cost.placementStart, problem: .costWithoutEpisode))
            }
        }
        for history in histories {
            found += uncosted(history, starts: costStarts[history.key] ?? [], year: year)
        }
        return Array(Set(found)).sorted {
            ($0.child, $0.placementStart, $0.problem.rawValue) < ($1.child, $1.placementStart, $1.problem.rawValue)
        }
    }

    /// Whether some day of the year is paid for: started by 31 March and not ended before 1 April.
    static func isPaid(_ cost: PlacementCost, in year: FinancialYear) -> Bool {
        cost.placementStart <= year.last && (cost.placementEnd.map { $0 >= year.first } ?? true)
    }

    /// The child's placements open during the year with no cost entry.
    static func uncosted(_ history: ChildHistory, starts: Set<Day>, year: FinancialYear) -> [RegisterException] {
        let episodes = history.episodes.filter { !$0.legalStatus.isShortBreak }
        return Placement.placements(from: episodes).compactMap { placement in
            guard placement.start <= year.last, placement.end.map({ $0 > year.first }) ?? true else { return nil }
            let within = episodes.lazy.map(\.start).filter { day in
                day >= placement.start && (placement.end.map { day < $0 } ?? true)
            }
            guard !within.contains(where: starts.contains) else { return nil }
            return RegisterException(
                child: history.key, placementStart: placement.start, problem: .placementWithoutCost)
        }
    }
}
