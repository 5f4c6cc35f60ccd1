import CareModel

extension BudgetMonitor {
    /// Each line's change from the planned moves falling after the period and by 31 March: the child's
    /// placement open at period end stops being paid from the move day (its committed spend from then, as
    /// known at period end, is taken off its line) and the new home is paid from that day to 31 March, or the day before 18, at the
    /// plan's target weekly (on the line the budget rules give the target kind; a child leaving care costs
    /// the placement lines nothing). Each figure is rounded once, as committed spend is.
    func plannedMoveChanges(_ placements: [PlacementForecast], period: Period) -> [String: Money] {
        let year = period.year
        let open = Dictionary(
            placements.filter { $0.openAtPeriodEnd }.map { ($0.child, $0) },
            uniquingKeysWith: { a, b in a.placementStart > b.placementStart ? a : b })
        var changes: [String: Money] = [:]
        for move in plannedMoves where move.day > period.last && move.day <= year.last {
            guard let old = open[move.child], let through = old.committedThrough, move.day <= through,
                let cost = entries.first(where: {
                    $0.cost.child == move.child && $0.cost.placementStart == old.placementStart
                })?.cost
            else { continue }
            let saved = cost.netCost(from: move.day, through: through, knownOn: period.last)
            changes[old.line, default: .zero] = changes[old.line, default: .zero] - saved
            guard case .home(let category) = move.destination else { continue }
            var end = year.last
            if let born = datesOfBirth[move.child] { end = min(end, born.birthday(18).adding(days: -1)) }
            guard move.day <= end else { continue }
            let registration: RegistrationStatus? = category.group == .residential ? .ofsted : nil
            let line = lineSet.line(for: category, registration: registration)?.name ?? Self.unassigned
            changes[line, default: .zero] =
                changes[line, default: .zero] + Money.weekly(move.newWeekly, days: move.day.days(to: end) + 1)
        }
        return changes
    }
}
